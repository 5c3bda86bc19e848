package org.socialcarefuture.northstar.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.a11y.Gate;
import org.socialcarefuture.northstar.a11y.Report;
import org.socialcarefuture.northstar.content.EventDetails;
import org.socialcarefuture.northstar.content.Exemption;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.content.Signatory;
import org.socialcarefuture.northstar.site.Heading;
import org.socialcarefuture.northstar.pledge.Pledge;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.site.RenderedPage;

/** What the bake's cache keeps comes back equal, and bytes that are not an entry are refused, never run. */
class RecordCodecTest {

    static final Page EVENT = new Page("content/events/2026-12-01-open.md", "events/2026-12-01-open.md", PageType.EVENT,
            "An open session ‘for everyone’ – with curly quotes", "open", "events/2026/12/open/", ZonedDateTime.parse("2026-11-20T10:00Z[Europe/London]"),
            List.of("Anna"), List.of("vision", "equal life"), "We meet online.", "", "", false, List.of(), List.of("The Prime Minister"),
            List.of(new Signatory("A Person", "", "An organisation")), false, null, List.of(new Exemption("heading-order", "quoted", 4)),
            List.of(), "", 6, new EventDetails(ZonedDateTime.parse("2026-12-01T14:00Z[Europe/London]"),
                    ZonedDateTime.parse("2026-12-01T15:30Z[Europe/London]"), "Online", true, "https://example.org/join", "", "Free", "",
                    List.of("captions"), List.of(), ""), null, null);

    @Test
    void aPageItsProblemsAndWhatTheGateFoundComeBackEqual() throws IOException {
        RenderedPage rendered = new RenderedPage(EVENT, "<p>We meet online. 💬 Ünïcödé and a \u2028 line separator</p>", List.of(new Heading(2, "why", "Why")),
                List.of(new Pledge("p1", "I pledge to listen.", "", List.of("#SocialCareFuture"), 8)), "{\"t\":\"x\"}", "", "");
        BakeCache.StoredPage page = new BakeCache.StoredPage(rendered, new Report.ReadabilityRow("f.md", "event", 71.5, "a,b", "<td>"),
                List.of(Problem.warning("content/events/x.md", 3, "language", "a phrase", "say it otherwise")), Map.of("pevents/x.md", "/x/"));
        assertEquals(page, roundTrip(page, BakeCache.StoredPage.class));

        Gate.Checked checked = new Gate.Checked(List.of(Problem.error("f.md", 2, "alt-text", "no description", "add one")),
                List.of(new Gate.Waiver("f.md", 4, "heading-order", "quoted", 1)), Set.of("main", "why"),
                List.of(new Gate.PageLink("/about/", "f.md", 9)));
        BakeCache.StoredFile file = new BakeCache.StoredFile(checked, "<!doctype html><html lang=\"en-GB\"></html>");
        assertEquals(file, roundTrip(file, BakeCache.StoredFile.class));
        assertEquals(new BakeCache.StoredFile(null, ""), roundTrip(new BakeCache.StoredFile(null, ""), BakeCache.StoredFile.class));
    }

    @Test
    void bytesThatAreNotAnEntryAreRefused() throws IOException {
        // A Java-serialized object (the classic way to make a program run code it reads) is only bytes here.
        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(foreign)) {
            out.writeObject(new java.net.URL("https://example.org/"));
        }
        assertThrows(IOException.class, () -> read(foreign.toByteArray(), BakeCache.StoredFile.class));

        byte[] whole = write(new BakeCache.StoredFile(null, "some text"), BakeCache.StoredFile.class);
        assertThrows(IOException.class, () -> read(java.util.Arrays.copyOf(whole, whole.length - 3), BakeCache.StoredFile.class),
                "cut short");
    }

    private static <T> T roundTrip(T value, Class<T> type) throws IOException {
        return type.cast(read(write(value, type), type));
    }

    private static byte[] write(Object value, Class<?> type) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            RecordCodec.write(out, value, type);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes, Class<?> type) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return RecordCodec.read(in, type);
        }
    }
}
