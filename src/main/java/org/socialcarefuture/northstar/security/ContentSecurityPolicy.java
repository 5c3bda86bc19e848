package org.socialcarefuture.northstar.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of each page: only the site's own files, no inline script or style, no
 * plugins, forms only to the site. GitHub Pages sends no headers of its own, so every page carries its
 * policy in a {@code <meta http-equiv>}; a page that embeds a video, or shows a picture from another
 * site, names just those hosts. Should sanitised content or the theme ever need more, a browser refuses it
 * and the browser checks fail.
 */
public final class ContentSecurityPolicy {

    /** What every page may load: its own site's files only. */
    public static final String SITE = "default-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private static final Pattern EXTERNAL = Pattern.compile("<(img|iframe)\\b[^>]*?\\ssrc=\"(https?://[^\"]+)\"", Pattern.CASE_INSENSITIVE);
    /** A video's placeholder (MediaMarkup): the player it loads when the reader presses play. */
    private static final Pattern PLAYER = Pattern.compile("\\sdata-embed=\"(https://[^\"]+)\"");

    private ContentSecurityPolicy() {
    }

    /**
     * A page's policy: the site's, plus the hosts its own body (and its lead picture) load from, which the
     * sanitiser limits to video players and whatever pictures the writer linked from another site.
     */
    public static String forPage(String bodyHtml, String leadImage) {
        Set<String> pictures = new TreeSet<>();
        Set<String> frames = new TreeSet<>();
        Matcher found = EXTERNAL.matcher(bodyHtml);
        while (found.find()) {
            (found.group(1).equalsIgnoreCase("img") ? pictures : frames).add(origin(found.group(2)));
        }
        Matcher player = PLAYER.matcher(bodyHtml);
        while (player.find()) {
            frames.add(origin(player.group(1)));
        }
        if (leadImage.startsWith("https://") || leadImage.startsWith("http://")) {
            pictures.add(origin(leadImage));
        }
        pictures.remove("");
        frames.remove("");
        if (pictures.isEmpty() && frames.isEmpty()) {
            return SITE;
        }
        String policy = pictures.isEmpty() ? SITE : SITE.replace("img-src 'self'", "img-src 'self' " + String.join(" ", pictures));
        return frames.isEmpty() ? policy : policy.replace("; object-src", "; frame-src " + String.join(" ", frames) + "; object-src");
    }

    /**
     * An e-mail's policy: no script and nothing to load but pictures, and only the inline styles mail clients
     * need, each allowed by its hash ({@code 'unsafe-hashes'} covers style attributes; no {@code 'unsafe-inline'}).
     */
    public static String forEmail(Collection<String> styles) {
        return "default-src 'none'; img-src 'self' https:; style-src 'unsafe-hashes' " + String.join(" ", hashes(styles))
                + "; base-uri 'none'; form-action 'none'";
    }

    /** CSP source hashes ({@code 'sha256-...'}) of style attribute values, sorted so the policy is the same every bake. */
    static List<String> hashes(Collection<String> styles) {
        Set<String> hashes = new TreeSet<>();
        for (String style : styles) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
                hashes.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
        return List.copyOf(hashes);
    }

    /** https://host[:port] of an address, or "" when it has none. */
    private static String origin(String address) {
        try {
            URI uri = new URI(address.replace("&amp;", "&"));
            if (uri.getHost() == null) {
                return "";
            }
            return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT)
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }
}
