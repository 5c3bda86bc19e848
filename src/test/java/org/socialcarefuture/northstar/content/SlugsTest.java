package org.socialcarefuture.northstar.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A tag as long as a paragraph once stopped the whole site being written (its folder name was too long). */
class SlugsTest {

    @Test
    void aLongTagGivesAShortSlugThatStillTellsTwoApart() {
        assertEquals("cafe-co", Slugs.of("Café & Co"), "ordinary slugs are as they were");
        String start = "we want everyone to live in the place they call home with the people and things that they love ".repeat(3);
        String one = Slugs.of(start + "in communities where we look out for one another");
        String two = Slugs.of(start + "doing the things that matter to us");
        assertTrue(one.length() <= 100 && two.length() <= 100, one);
        assertTrue(one.startsWith("we-want-everyone-to-live") && !one.endsWith("-"), one);
        assertNotEquals(one, two, "two long tags that start alike keep their own pages");
        assertEquals(one, Slugs.of(start + "in communities where we look out for one another"), "the same tag, the same slug");
    }
}
