package org.socialcarefuture.northstar.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * The kinds of page with keys of their own are registered once (ContentLoader.KIND_READERS); these are the
 * mistakes a contributor adding a kind could make there, and what the registry must keep doing for volunteers.
 */
class KindReadersTest {

    @Test
    void eachKindIsRegisteredOnceAndItsKeysBelongToItAlone() {
        Set<PageType> kinds = new HashSet<>();
        Set<String> keys = new HashSet<>(PageReader.KEYS);
        keys.addAll(MediaReader.KEYS);
        for (KindReader reader : ContentLoader.KIND_READERS) {
            assertTrue(kinds.add(reader.type()), reader.type() + " has two readers: only the first would be asked");
            for (String key : reader.keys()) {
                assertTrue(keys.add(key), "\"" + key + "\" of " + reader.type() + " is already another reader's key");
            }
        }
        assertEquals(keys, ContentLoader.KNOWN_KEYS, "every registered key is known, so none is warned of as a misspelling");
    }

    @Test
    void aKindsKeysOnAnotherKindOfPageAreWarnedOfAndItsStatusWordsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/plan.md"), "---\ntitle: The plan\nstatus: cancelled\nlocation: The hall\n"
                + "to: [The council]\n---\nText.\n");
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/meeting.md"), "---\ntitle: A meeting\nstatus: postponed\nstart: 2021-06-10 14:00\n"
                + "location: The hall\n---\nText.\n");
        Problems problems = new Problems();
        ContentLoader.Loaded loaded = new ContentLoader(dir, "content").load(problems);
        List<String> said = problems.sorted().stream().map(p -> p.line() + " " + p.message()).toList();
        assertTrue(said.contains("3 status \"cancelled\" is only for events"), said.toString());
        assertTrue(said.contains("4 \"location\" is only read for events"), said.toString());
        assertTrue(said.contains("5 \"to\" and \"signatories\" are only shown on letters"), said.toString());
        Page meeting = loaded.pages().stream().filter(page -> page.contentPath().equals("events/meeting.md")).findFirst().orElseThrow();
        assertEquals("postponed", meeting.event().status(), "an event's own status word reaches its event");
        assertEquals("events/meeting/", meeting.url(), "a kind with a folder and no date lives straight under its folder");
        assertTrue(problems.sorted().stream().noneMatch(p -> p.file().endsWith("meeting.md") && p.severity() == Problem.Severity.ERROR),
                said.toString());
    }

    @Test
    void ofSeveralEventKeysOnAnotherPageTheFirstInTheFileIsNamed(@TempDir Path dir) throws Exception {
        // One warning, about the key written first: before, it was whichever Set.of's order (new on each run) gave first.
        Files.writeString(dir.resolve("about.md"), "---\ntitle: About\ncost: Free\nbooking: https://example.org/\n"
                + "start: 2021-06-10 14:00\nlocation: The hall\n---\nText.\n");
        Problems problems = new Problems();
        new ContentLoader(dir, "content").load(problems);
        List<String> said = problems.sorted().stream().map(p -> p.line() + " " + p.message()).toList();
        assertEquals(List.of("3 \"cost\" is only read for events"), said.stream().filter(m -> m.contains("only read for events")).toList(),
                said.toString());
    }
}
