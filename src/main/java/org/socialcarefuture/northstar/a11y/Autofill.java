package org.socialcarefuture.northstar.a11y;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/** The HTML autofill detail tokens (HTML Living Standard, "autofill"), and which field names fit which kind of control. */
final class Autofill {

    private Autofill() {
    }

    private static final Set<String> TEXT = Set.of("name", "honorific-prefix", "given-name", "additional-name", "family-name",
            "honorific-suffix", "nickname", "organization-title", "username", "organization", "address-line1", "address-line2",
            "address-line3", "address-level4", "address-level3", "address-level2", "address-level1", "country", "country-name",
            "postal-code", "cc-name", "cc-given-name", "cc-additional-name", "cc-family-name", "cc-number", "cc-csc", "cc-type",
            "transaction-currency", "language", "sex");
    private static final Set<String> MULTILINE = Set.of("street-address");
    private static final Set<String> PASSWORD = Set.of("new-password", "current-password", "one-time-code");
    private static final Set<String> URL = Set.of("url", "photo", "impp");
    private static final Set<String> EMAIL = Set.of("email");
    private static final Set<String> TEL = Set.of("tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local",
            "tel-local-prefix", "tel-local-suffix", "tel-extension");
    private static final Set<String> NUMERIC = Set.of("cc-exp-month", "cc-exp-year", "transaction-amount", "bday-day", "bday-month", "bday-year");
    private static final Set<String> MONTH = Set.of("cc-exp");
    private static final Set<String> DATE = Set.of("bday");
    private static final Set<String> CONTACT = Set.of("email", "impp", "tel", "tel-country-code", "tel-national", "tel-area-code",
            "tel-local", "tel-local-prefix", "tel-local-suffix", "tel-extension");

    /** Which groups each input type takes (HTML's table of autofill field names by control group). */
    private static final Map<String, Set<Set<String>>> BY_TYPE = Map.of(
            "password", Set.of(TEXT, PASSWORD),
            "url", Set.of(URL),
            "email", Set.of(EMAIL),
            "tel", Set.of(TEL),
            "number", Set.of(NUMERIC),
            "month", Set.of(MONTH),
            "date", Set.of(DATE));

    private static boolean known(String field) {
        return TEXT.contains(field) || MULTILINE.contains(field) || PASSWORD.contains(field) || URL.contains(field) || EMAIL.contains(field)
                || TEL.contains(field) || NUMERIC.contains(field) || MONTH.contains(field) || DATE.contains(field);
    }

    /** What is wrong with the value, or null when it is a valid autofill detail for this control. */
    static String problem(String value, Element control) {
        String[] tokens = value.toLowerCase(Locale.ROOT).split("\\s+");
        int i = 0;
        if (i < tokens.length && tokens[i].startsWith("section-")) {
            i++;
        }
        if (i < tokens.length && (tokens[i].equals("shipping") || tokens[i].equals("billing"))) {
            i++;
        }
        if (i < tokens.length && Set.of("home", "work", "mobile", "fax", "pager").contains(tokens[i])) {
            if (i + 1 >= tokens.length || !CONTACT.contains(tokens[i + 1])) {
                return "puts " + Text.quote(tokens[i]) + " before a field that is not a phone, e-mail or chat address";
            }
            i++;
        }
        if (i >= tokens.length) {
            return "has no field name";
        }
        String field = tokens[i++];
        if (!known(field)) {
            return "uses " + Text.quote(field) + ", which is not an autofill field name";
        }
        if (i < tokens.length && tokens[i].equals("webauthn")) {
            i++;
        }
        if (i < tokens.length) {
            return "has its words in the wrong order or too many (" + Text.quote(tokens[i]) + ")";
        }
        if (control.normalName().equals("input")) {
            Set<Set<String>> groups = BY_TYPE.get(control.attr("type").toLowerCase(Locale.ROOT).strip());
            if (groups != null && groups.stream().noneMatch(g -> g.contains(field))) {
                return "asks for " + Text.quote(field) + ", which does not fit an input of type " + control.attr("type");
            }
            if (MULTILINE.contains(field) && !control.attr("type").equalsIgnoreCase("hidden")) {
                return "asks for a whole street address, which needs a <textarea>";
            }
        }
        return null;
    }
}
