package org.socialcarefuture.northstar.aria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The roles, states and properties of WAI-ARIA 1.2, DPUB-ARIA 1.1 and Graphics-ARIA 1.0, read from
 * aria-standards.json: a generated copy of axe-core's lib/standards (MPL-2.0; version and licence in the file,
 * made by src/test/browser/a11y-data.mjs and checked against the pinned axe-core by AriaDataTest), so the gate
 * does not keep its own lists. A leaf of its own: the gate reads it, and so does the Markdown step's sanitiser, which
 * keeps the roles and states writers add (and the gate is above the Markdown step).
 */
public final class AriaData {

    /** What ARIA says of one role. */
    public record RoleSpec(String name, String type, List<String> requiredContext, List<String> requiredOwned, Set<String> requiredAttrs,
                    Set<String> allowedAttrs, Set<String> prohibitedAttrs, boolean nameFromContent, boolean childrenPresentational,
                    boolean nameRequired, boolean deprecated, List<String> superclasses) {
    }

    /** What ARIA says of one state or property: its value type, allowed tokens, and whether every role takes it. */
    public record AttrSpec(String name, String type, Set<String> values, boolean global, boolean allowEmpty, Integer minValue) {
    }

    public static final Map<String, RoleSpec> ROLES;
    public static final Map<String, AttrSpec> ATTRS;
    public static final String SOURCE;

    static {
        try (InputStream in = AriaData.class.getResourceAsStream("aria-standards.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            SOURCE = root.get("source").asText();
            Map<String, RoleSpec> roles = new HashMap<>();
            root.get("ariaRoles").fields().forEachRemaining(e -> {
                JsonNode r = e.getValue();
                roles.put(e.getKey(), new RoleSpec(e.getKey(), r.path("type").asText(), list(r, "requiredContext"), list(r, "requiredOwned"),
                        Set.copyOf(list(r, "requiredAttrs")), Set.copyOf(list(r, "allowedAttrs")), Set.copyOf(list(r, "prohibitedAttrs")),
                        r.path("nameFromContent").asBoolean(false), r.path("childrenPresentational").asBoolean(false),
                        r.path("accessibleNameRequired").asBoolean(false), r.path("deprecated").asBoolean(false), list(r, "superclassRole")));
            });
            Map<String, AttrSpec> attrs = new HashMap<>();
            root.get("ariaAttrs").fields().forEachRemaining(e -> {
                JsonNode a = e.getValue();
                attrs.put(e.getKey(), new AttrSpec(e.getKey(), a.path("type").asText(), Set.copyOf(list(a, "values")),
                        a.path("global").asBoolean(false), a.path("allowEmpty").asBoolean(false),
                        a.has("minValue") ? a.get("minValue").asInt() : null));
            });
            ROLES = Map.copyOf(roles);
            ATTRS = Map.copyOf(attrs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AriaData() {
    }

    private static List<String> list(JsonNode node, String field) {
        if (!node.has(field)) {
            return List.of();
        }
        return java.util.stream.StreamSupport.stream(node.get(field).spliterator(), false).map(JsonNode::asText).toList();
    }

    /** A concrete role an author may write (abstract roles such as {@code widget} are in the data, for the hierarchy only). */
    public static boolean isRole(String role) {
        RoleSpec spec = ROLES.get(role);
        return spec != null && !spec.type().equals("abstract");
    }

    public static RoleSpec role(String role) {
        return ROLES.get(role);
    }

    public static boolean isAttribute(String name) {
        return ATTRS.containsKey(name);
    }

    public static AttrSpec attribute(String name) {
        return ATTRS.get(name);
    }
}
