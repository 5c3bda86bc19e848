package org.socialcarefuture.northstar.a11y;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.a11y.Rules.Simple;

/**
 * Instructions that point at something only by where it is on the screen ("find the menu on the right"), WCAG 1.3.3
 * and ACT 9bd38c. A screen reader user cannot see where: the thing must also be findable another way, by a name,
 * a heading, or by being the only one of its kind. The gate reads instructions (a sentence with a word such as
 * click, find or look) that name a place on the screen, and looks for the thing they point at; it warns when the
 * page gives no other way to find it. Shape and colour words need a reader (is "the round button" its name?).
 */
final class SensoryRules {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?;]+");
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\b(click|press|tap|find|look|see|use|select|choose|interact|go|open|follow|check)\\b");
    private static final Pattern PLACE = Pattern.compile("(?i)\\b(?:(?:on|to) the (?:right|left)|at the (?:top|bottom)|(above|below|underneath|beneath)(?:\\s+(the|this|that|these)?\\s*([\\p{L}-]+))?)");
    private static final Pattern THE_NOUN = Pattern.compile("(?i)\\bthe\\s+([\\p{L}-]+)");
    private static final Pattern QUOTED = Pattern.compile("[\"“‘']([^\"”’']{2,60})[\"”’']");
    private static final Set<String> NOT_A_NOUN = Set.of("to", "is", "are", "for", "and", "or", "of", "in", "on", "with", "you", "it",
            "we", "they", "as", "at", "by", "right", "left", "top", "bottom", "there", "here", "them");
    /** Things a page has a role for: named in a sentence, they are found when the page has only one. */
    private static final Map<String, List<String>> ROLES_OF = Map.ofEntries(
            Map.entry("navigation", List.of("navigation")), Map.entry("menu", List.of("navigation", "menu", "menubar")),
            Map.entry("button", List.of("button")), Map.entry("link", List.of("link")), Map.entry("image", List.of("img")),
            Map.entry("picture", List.of("img")), Map.entry("photo", List.of("img")), Map.entry("table", List.of("table")),
            Map.entry("form", List.of("form")), Map.entry("search", List.of("search", "searchbox")), Map.entry("field", List.of("textbox")),
            Map.entry("box", List.of("textbox")), Map.entry("video", List.of("video")), Map.entry("audio", List.of("audio")),
            Map.entry("frame", List.of("iframe")), Map.entry("map", List.of("img")));

    private SensoryRules() {
    }

    static List<Rule> all() {
        return List.of(sensoryReference());
    }

    static Rule sensoryReference() {
        return new Simple("sensory-reference", "1.3.3", false, "9bd38c", (page, out) -> {
            Map<Element, Boolean> read = new IdentityHashMap<>();
            for (Element e : page.body) {
                if (e.ownText().isBlank() || Semantics.hidden(e) || read.containsKey(e) || e.parents().stream().anyMatch(read::containsKey)
                        || quotesCode(e)) {
                    continue;
                }
                read.put(e, true);
                String text = e.text();
                Matcher sentence = SENTENCE.matcher(text);
                while (sentence.find()) {
                    String pointsAt = unfound(page, e, sentence.group());
                    if (pointsAt != null) {
                        out.report(e, "the words " + Text.quote(sentence.group().strip()) + " point at the " + pointsAt
                                        + " by where it is on the screen, and nothing else on the page says which it is",
                                "say its name or heading too, e.g. \"the " + pointsAt + " headed Book a place, on the right\"");
                        break;
                    }
                }
            }
        });
    }

    /** The thing an instruction points at by its place, when the page gives no other way to find it; null otherwise. */
    private static String unfound(PageIndex page, Element unit, String sentence) {
        if (!INSTRUCTION.matcher(sentence).find()) {
            return null;
        }
        // Words in quotation marks are mentioned, not said to the reader: 'cannot see "the menu on the right"'.
        String said = QUOTED.matcher(sentence).replaceAll(" ");
        Matcher place = PLACE.matcher(said);
        if (!place.find()) {
            return null;
        }
        String noun = null;
        if (place.group(1) != null) {
            // "look underneath the star"; but "see below" or "the button below this paragraph" point along the reading
            // order, which a screen reader follows too
            boolean pointsAtAThing = place.group(3) != null && !NOT_A_NOUN.contains(place.group(3).toLowerCase(Locale.ROOT))
                    && (place.group(2) == null || place.group(2).equalsIgnoreCase("the"));
            noun = pointsAtAThing ? place.group(3) : null;
        } else {
            Matcher before = THE_NOUN.matcher(said.substring(0, place.start()));
            while (before.find()) {
                noun = before.group(1); // "find the menu on the right"
            }
        }
        if (noun == null || NOT_A_NOUN.contains(noun.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return findable(page, unit, noun.toLowerCase(Locale.ROOT), sentence) ? null : noun;
    }

    private static boolean findable(PageIndex page, Element unit, String noun, String sentence) {
        Pattern word = Pattern.compile("(?iu)\\b" + Pattern.quote(noun) + "s?\\b");
        List<String> roles = ROLES_OF.getOrDefault(noun, List.of());
        int ofThatRole = 0;
        for (Element e : page.body) {
            if (e == unit || unit.parents().contains(e) || !Semantics.included(e)) {
                continue;
            }
            String role = Semantics.role(e);
            String tagRole = e.normalName().equals("video") || e.normalName().equals("audio") ? e.normalName() : role;
            if (tagRole != null && roles.contains(tagRole)) {
                ofThatRole++;
            }
            String name = "heading".equals(role) ? e.text() : named(role) ? page.name(e) : "";
            if (name.isEmpty()) {
                continue;
            }
            if (word.matcher(name).find()) {
                return true; // a heading "Menu", a frame called "star"
            }
            String said = Text.normalise(name).toLowerCase(Locale.ROOT);
            if (said.contains(" ") && Pattern.compile("(?iu)\\b" + Pattern.quote(said) + "\\b").matcher(sentence).find()) {
                return true; // "the form on the right, headed Book a place" (two words or more: one short word is met by chance)
            }
            Matcher quoted = QUOTED.matcher(sentence);
            while (quoted.find()) {
                if (name.toLowerCase(Locale.ROOT).contains(quoted.group(1).toLowerCase(Locale.ROOT).strip())) {
                    return true; // "the button labelled "howdy""
                }
            }
        }
        return ofThatRole == 1;
    }

    /** Code and examples of output are quoted, not instructions to the reader of the page. */
    private static boolean quotesCode(Element e) {
        Set<String> code = Set.of("code", "pre", "kbd", "samp");
        return code.contains(e.normalName()) || e.parents().stream().anyMatch(p -> code.contains(p.normalName()));
    }

    /** Roles whose name a screen reader says when it meets them (not a paragraph or a plain box). */
    private static boolean named(String role) {
        return role != null && !Set.of("generic", "paragraph", "presentation", "none", "list", "listitem", "group", "cell", "row", "rowgroup",
                "definition", "term", "blockquote").contains(role);
    }
}
