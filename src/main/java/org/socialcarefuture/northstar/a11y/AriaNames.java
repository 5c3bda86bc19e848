package org.socialcarefuture.northstar.a11y;

/** What the Markdown sanitiser may ask of the ARIA data: whether a role value is one WAI-ARIA, DPUB-ARIA or Graphics-ARIA defines. */
public final class AriaNames {

    private AriaNames() {
    }

    public static boolean isRole(String role) {
        return AriaData.isRole(role);
    }

    public static boolean isAttribute(String name) {
        return AriaData.isAttribute(name);
    }
}
