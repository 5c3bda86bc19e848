package org.socialcarefuture.northstar.a11y;

import java.util.Locale;
import org.socialcarefuture.northstar.aria.AriaData;

/** Whether a state or property's value fits its WAI-ARIA value type (ACT 6a7281). */
final class AriaValues {

    private AriaValues() {
    }

    /** What is wrong with the value, or null when it is valid (an empty value, and any ID reference, are not judged). */
    static String problem(AriaData.AttrSpec spec, String raw) {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        switch (spec.type()) {
            case "boolean":
                return value.equals("true") || value.equals("false") ? null : "must be true or false";
            case "nmtoken":
                return spec.values().contains(value) ? null : "must be one of " + String.join(", ", new java.util.TreeSet<>(spec.values()));
            case "nmtokens":
                for (String token : value.split("\\s+")) {
                    if (!spec.values().contains(token)) {
                        return "has " + Text.quote(token) + ", which is not one of " + String.join(", ", new java.util.TreeSet<>(spec.values()));
                    }
                }
                return null;
            case "int":
                if (!value.matches("-?\\d+")) {
                    return "must be a whole number";
                }
                return spec.minValue() != null && Long.parseLong(value) < spec.minValue() ? "must be at least " + spec.minValue() : null;
            case "decimal":
                return value.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?") ? null : "must be a number";
            default:
                return null; // string, idref, idrefs
        }
    }
}
