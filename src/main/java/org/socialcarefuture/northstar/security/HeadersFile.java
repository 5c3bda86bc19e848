package org.socialcarefuture.northstar.security;

import java.util.Collection;
import java.util.TreeSet;

/**
 * The site's {@code _headers} file, the format Netlify and Cloudflare Pages read, for groups that publish
 * there. It carries the security headers a static host can send and a meta tag cannot.
 *
 * <p>A browser enforces a header policy and a page's own meta policy together, so every page gets the
 * stricter of the two. The header therefore allows what any page of the site needs (a video player where
 * a page embeds one, pictures from other sites, the e-mail versions' inline styles by their hashes), each
 * page's meta narrows that to what the page itself needs, and the header adds {@code frame-ancestors
 * 'none'}, which only a header can say. One rule for every file, so Netlify (where a later rule replaces a
 * header) and Cloudflare (where matching rules' values are joined) read it alike.
 */
public final class HeadersFile {

    /** The powerful features no page of the site uses. */
    static final String PERMISSIONS = "accelerometer=(), bluetooth=(), browsing-topics=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()";

    private HeadersFile() {
    }

    /**
     * @param videoHosts  hosts whose players the sanitiser lets a page embed
     * @param emailStyles every inline style an e-mail version carries
     */
    public static String text(Collection<String> videoHosts, Collection<String> emailStyles) {
        TreeSet<String> frames = new TreeSet<>();
        videoHosts.forEach(host -> frames.add("https://" + host));
        String policy = "default-src 'self'; img-src 'self' https:; frame-src " + String.join(" ", frames)
                + "; style-src 'self' 'unsafe-hashes' " + String.join(" ", ContentSecurityPolicy.hashes(emailStyles))
                + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        return """
                # Security headers for hosts that read this file (Netlify, Cloudflare Pages). Made by North Star.
                # GitHub Pages sends no custom headers: there each page's <meta http-equiv="Content-Security-Policy"> applies.
                # A browser enforces this policy and the page's own together, so each page gets only what it needs.
                /*
                  Content-Security-Policy: %s
                  X-Content-Type-Options: nosniff
                  Referrer-Policy: strict-origin-when-cross-origin
                  Permissions-Policy: %s
                # The browser editor has its own policy (cms/AdminFiles): Netlify lets this later rule replace the one above.
                # On Cloudflare Pages, where the two would be joined, add a line "! Content-Security-Policy" first.
                /admin/*
                  Content-Security-Policy: %s; frame-ancestors 'none'
                  X-Robots-Tag: noindex, nofollow
                """.formatted(policy, PERMISSIONS, org.socialcarefuture.northstar.cms.AdminFiles.POLICY);
    }
}
