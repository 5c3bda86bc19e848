package org.socialcarefuture.northstar.address;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * The one place that makes a web address, or a file name in the site, out of what someone wrote: tag, author
 * and category pages, slugs, the folders of a page's path, old addresses kept as aliases, the WordPress
 * importer's names and the paths the link checker resolves. Why addresses are ASCII, transliterated with
 * ICU4J, is in docs/maintainers/addresses.md.
 *
 * <p>What is written is first decoded once if it is percent-encoded ({@code caf%C3%A9} is {@code café}; a
 * second layer of encoding is left as it is and judged as text), then judged: control characters go, the
 * text is NFC-normalised, any script is written in Latin letters, and a name too long for a file system keeps
 * its start and a short hash of the whole, so that two long names never meet and the same text always
 * gives the same address.
 */
public final class Addresses {

    /**
     * The longest address segment made from writing, in bytes. A file system allows 255 bytes a name; this
     * leaves room for what is added to a name (a picture's {@code -1280w.webp}, a temporary suffix) and keeps
     * an address short enough to read, share and type.
     */
    public static final int SEGMENT_BYTES = 100;

    /**
     * The longest segment of an old address kept as it was (an alias), in UTF-8 bytes. WordPress keeps a slug
     * in 200 characters (percent-encoded), so a real old address fits; 240 leaves room under 255.
     */
    public static final int OLD_SEGMENT_BYTES = 240;

    /** The hex digits of the hash a cut name ends with: 8 (32 bits) tell apart far more names than any site has. */
    private static final int HASH_DIGITS = 8;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Apostrophes and the modifier letters transliteration leaves for them (Arabic ʿayn, hamza): taken out, not made gaps. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼʻʿʾ`´]|\\p{Lm}");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");
    /** Control, format, surrogate, private-use and unassigned characters: never part of an address. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");

    /** Names Windows will not give a file or folder, whatever follows a dot (a volunteer's preview may run there). */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** Loaded on the first writing that is not ASCII (about a second for the Chinese tables), then kept. */
    private static Transliterator latin;

    private Addresses() {
    }

    /**
     * A readable address segment: lower-case ASCII letters, digits and hyphens, at most {@link #SEGMENT_BYTES}
     * long, never a reserved name. "Café & Co" gives {@code cafe-co}, "opieka społeczna" {@code opieka-spoleczna},
     * "社会护理" {@code she-hui-hu-li}; "" when nothing readable is left (only marks, symbols or emoji).
     */
    public static String slug(String text) {
        String plain = INVISIBLE.matcher(Normalizer.normalize(decodeOnce(text), Normalizer.Form.NFC)).replaceAll("");
        if (!isAscii(plain)) {
            plain = toLatin(plain);
            plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        }
        plain = APOSTROPHES.matcher(plain).replaceAll("");
        String slug = trimHyphens(NOT_ALLOWED.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (RESERVED.contains(slug)) {
            return slug + "-" + hash(slug);
        }
        return bounded(slug);
    }

    /** A slug cut to {@link #SEGMENT_BYTES}: its start, at a hyphen where one is near, and a hash of the whole. */
    static String bounded(String slug) {
        if (slug.length() <= SEGMENT_BYTES) {
            return slug;
        }
        int keep = SEGMENT_BYTES - HASH_DIGITS - 1;
        int hyphen = slug.lastIndexOf('-', keep);
        String start = slug.substring(0, hyphen > keep / 2 ? hyphen : keep);
        return trimHyphens(start) + "-" + hash(slug);
    }

    /**
     * An old address (an alias) as the path of its file in the site, e.g. {@code /2019/05/%E7%A4%BE/} gives
     * {@code 2019/05/社/}: decoded once, NFC-normalised, and otherwise kept exactly, because it must be
     * the address old links use. The reason it cannot be one is given instead.
     */
    public static OldAddress oldAddress(String alias) {
        String path = Normalizer.normalize(decodeOnce(alias), Normalizer.Form.NFC);
        if (INVISIBLE.matcher(path).find()) {
            return OldAddress.refused("contains a control character (such as %00)", "write the old path as the browser showed it, e.g. /2021/01/18/old-post/");
        }
        if (path.contains("\\")) {
            return OldAddress.refused("contains a backslash", "write the old path with / between its parts");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return OldAddress.refused("contains \"" + segment + "\"", "write the old path without . or .. parts");
            }
            if (segment.startsWith(".")) {
                return OldAddress.refused("has a part starting with a dot (\"" + shorten(segment) + "\"), which hosting keeps hidden",
                        "give the old path without it");
            }
            if (segment.getBytes(StandardCharsets.UTF_8).length > OLD_SEGMENT_BYTES) {
                return OldAddress.refused("has a part of " + segment.getBytes(StandardCharsets.UTF_8).length
                                + " bytes (\"" + shorten(segment) + "\"); a file name can hold " + OLD_SEGMENT_BYTES
                                + ", so no site could have served it",
                        "check the old address; WordPress keeps slugs to 200 characters, so copy it again from the old site");
            }
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            return OldAddress.refused("would replace the home page", "remove it");
        }
        String joined = String.join("/", segments);
        return OldAddress.of(joined.endsWith(".html") ? joined : joined + "/");
    }

    /** An old address's path in the site, or why it cannot have one (then {@code path} is null). */
    public record OldAddress(String path, String problem, String fix) {
        static OldAddress of(String path) {
            return new OldAddress(path, null, null);
        }

        static OldAddress refused(String problem, String fix) {
            return new OldAddress(null, problem, fix);
        }
    }

    /**
     * The site path a link names, from the folder of the page it is on ({@code blog/2021/01/x/}) and its
     * decoded path, with {@code .} and {@code ..} worked out as text (never as a file system path, which
     * refuses some characters); null when it climbs out of the site.
     */
    public static String resolve(String folder, String decodedPath) {
        List<String> parts = new ArrayList<>();
        for (String part : (folder + Normalizer.normalize(decodedPath, Normalizer.Form.NFC)).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /**
     * A path with {@code .} and {@code ..} worked out as text, as {@code Path.normalize} would but for any
     * characters: a {@code ..} that climbs above the start is kept ({@code ../x}), so the caller can refuse it.
     */
    public static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : Normalizer.normalize(path, Normalizer.Form.NFC).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /**
     * A relative path named in someone's writing (a WordPress upload) that is safe to use as a file under a
     * folder: decoded once, no control characters, no {@code ..}, no hidden or over-long part; null otherwise.
     */
    public static String safeRelativePath(String path) {
        String decoded = Normalizer.normalize(decodeOnce(path), Normalizer.Form.NFC);
        if (INVISIBLE.matcher(decoded).find() || decoded.contains("\\") || decoded.startsWith("/")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : decoded.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith(".") || part.getBytes(StandardCharsets.UTF_8).length > OLD_SEGMENT_BYTES
                    || RESERVED.contains(part.toLowerCase(Locale.ROOT).replaceFirst("\\..*$", ""))) {
                return null;
            }
            parts.add(part);
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** Whether text has a character no address may hold (NUL and the other control characters). */
    public static boolean hasControlCharacter(String text) {
        return INVISIBLE.matcher(text).find();
    }

    /** Percent-decoded once when it is valid percent-encoding of UTF-8; otherwise as it is. A + stays a +. */
    public static String decodeOnce(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static synchronized String toLatin(String text) {
        if (latin == null) {
            latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        }
        return latin.transliterate(text);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The first hex digits of the text's SHA-256: the same on every build and every machine. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
