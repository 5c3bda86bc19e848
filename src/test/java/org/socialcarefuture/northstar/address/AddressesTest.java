package org.socialcarefuture.northstar.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The one place addresses are made: readable in any script, bounded, stable, never a file system's trap. */
class AddressesTest {

    @Test
    void anyScriptGivesAReadableAsciiAddress() {
        assertEquals("opieka-spoleczna", Addresses.slug("opieka społeczna"));
        assertEquals("she-hui-hu-li", Addresses.slug("社会护理"));
        assertEquals("koinonike-phrontida", Addresses.slug("κοινωνική φροντίδα"));
        assertEquals("smajy-nghdasht", Addresses.slug("سماجی نگہداشت"));
        assertEquals("samajika-yatna", Addresses.slug("সামাজিক যত্ন"));
        assertEquals("alrayt-alajtmayt", Addresses.slug("الرعاية الاجتماعية"), "the ʿayn is left out, not made a gap");
        assertEquals("cafe-co", Addresses.slug("Café & Co"));
        assertEquals("strasse", Addresses.slug("Straße"));
        assertEquals("dont-panic", Addresses.slug("Don’t panic"));
        assertEquals("", Addresses.slug("😀 !!!"), "no letters: no address");
    }

    @Test
    void percentEncodingIsDecodedOnceThenJudged() {
        assertEquals("cafe", Addresses.slug("caf%C3%A9"));
        assertEquals("foobar", Addresses.slug("foo%00bar"), "the NUL goes, it never reaches a file name");
        assertEquals("caf-c3-a9", Addresses.slug("caf%25C3%25A9"), "a second layer is text (%C3), not decoded again");
        assertEquals("100", Addresses.slug("100%"), "not percent-encoding: kept as written");
    }

    @Test
    void aLongNameIsCutWithAStableHashSoTwoNeverMeet() {
        String tag = "social care ".repeat(30).strip();
        String slug = Addresses.slug(tag);
        assertTrue(slug.length() <= Addresses.SEGMENT_BYTES, slug);
        assertTrue(slug.startsWith("social-care-social-care-"), slug);
        assertTrue(slug.matches(".*-[0-9a-f]{8}"), slug);
        assertEquals(slug, Addresses.slug(tag), "the same text gives the same address every time");
        assertNotEquals(slug, Addresses.slug(tag + " x"), "two long tags with the same start stay apart");
        String chinese = "社会护理".repeat(40);
        assertTrue(Addresses.slug(chinese).getBytes(StandardCharsets.UTF_8).length <= Addresses.SEGMENT_BYTES);
    }

    @Test
    void reservedNamesAreNeverAFolder() {
        assertTrue(Addresses.slug("CON").startsWith("con-"), Addresses.slug("CON"));
        assertTrue(Addresses.slug("nul").startsWith("nul-"));
        assertEquals("console", Addresses.slug("console"));
    }

    @Test
    void oldAddressesAreKeptAsTheyWereDecodedOnce() {
        assertEquals("2019/05/社会/", Addresses.oldAddress("/2019/05/%E7%A4%BE%E4%BC%9A/").path());
        assertEquals("2019/05/社会/", Addresses.oldAddress("/2019/05/社会").path());
        assertEquals("old/page.html", Addresses.oldAddress("/old/page.html").path());
        assertNull(Addresses.oldAddress("/a/%00/b/").path());
        assertNull(Addresses.oldAddress("/a/%2e%2e/b/").path(), "an encoded .. is still ..");
        assertNull(Addresses.oldAddress("/.git/config").path());
        assertNull(Addresses.oldAddress("/" + "x".repeat(360) + "/").path());
        assertTrue(Addresses.oldAddress("/" + "x".repeat(360) + "/").problem().contains("360 bytes"));
    }

    @Test
    void linkPathsAreResolvedAsTextNeverAsFiles() {
        assertEquals("blog/foo\0bar", Addresses.resolve("blog/", "foo\0bar"));
        assertEquals("about", Addresses.resolve("blog/2021/", "../../about"));
        assertNull(Addresses.resolve("blog/", "../../x"));
        assertEquals("../x", Addresses.normalise("blog/../../x"));
        assertNull(Addresses.safeRelativePath("2019/../../etc/passwd".replace("..", "%2E%2E")));
        assertEquals("2019/05/café.jpg", Addresses.safeRelativePath("2019/05/caf%C3%A9.jpg"));
    }
}
