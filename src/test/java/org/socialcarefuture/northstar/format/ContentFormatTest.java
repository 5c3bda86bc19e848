package org.socialcarefuture.northstar.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.content.PageType;

/** The content format as data says what the loader reads: no key the loader knows is missing, none it does not know is offered. */
class ContentFormatTest {

    private final ContentFormat format = ContentFormat.standard();

    @Test
    void offersExactlyTheKeysTheLoaderReads() {
        assertEquals(new TreeSet<>(ContentLoader.KNOWN_KEYS), new TreeSet<>(format.keys()),
                "a key the loader reads must have a form field, and a form field must be a key the loader reads");
    }

    @Test
    void hasAKindForEveryFolderOfThePageTypesAndEasyRead() {
        Set<PageType> types = new HashSet<>();
        format.kinds().stream().filter(kind -> !kind.easyRead()).forEach(kind -> types.add(kind.type()));
        for (PageType type : PageType.values()) {
            if (type.folder() != null) {
                assertTrue(types.contains(type), "no kind for " + type.id());
                PageKind kind = format.kinds().stream().filter(k -> k.type() == type && !k.easyRead()).findFirst().orElseThrow();
                assertEquals(type.folder(), kind.folder());
                assertEquals(type.dated() || type == PageType.EVENT, kind.dated(), type.id() + ": files named YYYY-MM-DD-slug.md");
            }
        }
        assertTrue(format.kinds().stream().anyMatch(kind -> kind.easyRead() && kind.folder().isEmpty()), "easy read of pages");
        // vision has no folder: a page says type: vision
        assertTrue(format.kind("pages").orElseThrow().field("type").orElseThrow().choices().contains("vision"));
    }

    @Test
    void aDatedTypeNeedsItsDateAndEveryPageItsTitle() {
        for (PageKind kind : format.kinds()) {
            assertTrue(kind.field("title").orElseThrow().required(), kind.name());
            if (kind.type().dated() && !kind.easyRead()) {
                assertTrue(kind.field("date").orElseThrow().required(), kind.name() + " needs its date");
            }
        }
        assertTrue(format.kind("events").orElseThrow().field("start").orElseThrow().required());
        PageKind easy = format.kind("pages-easy-read").orElseThrow();
        assertEquals(1, easy.fields().stream().filter(Field::required).filter(f -> !f.key().equals("slug")).count(),
                "easy read needs only its title (and the page it is the easy read of)");
    }

    @Test
    void theReferencePageListsEveryKeyOfEveryKind() {
        String page = format.referenceMarkdown();
        assertTrue(page.startsWith("---\ntitle: Front-matter reference\nsummary: "), "a docs page with its front matter");
        assertTrue(!page.contains("\n# "), "no h1 in the body: the title is the h1");
        for (PageKind kind : format.kinds()) {
            int section = page.indexOf("\n## " + kind.label() + "\n");
            assertTrue(section > 0, "a section for " + kind.label());
            int next = page.indexOf("\n## ", section + 1);
            String body = page.substring(section, next < 0 ? page.length() : next);
            for (Field field : kind.fields()) {
                assertTrue(body.contains("| `" + field.key() + "` | " + (field.required() ? "yes" : "no") + " |"),
                        kind.label() + " lists " + field.key());
                field.parts().forEach(part -> assertTrue(body.contains("| `" + field.key() + "." + part.key() + "` |"),
                        kind.label() + " lists " + field.key() + "." + part.key()));
            }
            assertTrue(body.contains(kind.dated() ? "YYYY-MM-DD-slug." + kind.extension() : "slug." + kind.extension()));
        }
        assertTrue(page.contains("`signatories.organisation` | no |"));
        assertTrue(page.contains("`access` | no | a list | What helps people take part"));
    }
}
