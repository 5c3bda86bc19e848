package org.socialcarefuture.northstar.media;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YouTube or Vimeo video, from any of the addresses people copy (a watch page, a short link, an embed
 * code's address). It plays in the privacy-enhanced player (youtube-nocookie.com), and only once the
 * reader asks: until then the page asks nothing of YouTube or Vimeo.
 *
 * @param host  "YouTube" or "Vimeo", as the watch link says it
 * @param id    the video's id
 */
public record VideoLink(String host, String id) {

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");
    private static final Pattern VIMEO_ID = Pattern.compile("\\d{3,12}");

    /** The player's address, playing at once (the reader has just pressed play). */
    public String embedUrl() {
        return host.equals("YouTube") ? "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1"
                : "https://player.vimeo.com/video/" + id + "?autoplay=1&dnt=1";
    }

    /** The video's own page on its host, for a plain link. */
    public String watchUrl() {
        return host.equals("YouTube") ? "https://www.youtube.com/watch?v=" + id : "https://vimeo.com/" + id;
    }

    /** The player's host, for the page's Content-Security-Policy. */
    public String playerOrigin() {
        return host.equals("YouTube") ? "https://www.youtube-nocookie.com" : "https://player.vimeo.com";
    }

    public static Optional<VideoLink> parse(String address) {
        URI uri;
        try {
            uri = new URI(address.strip().replace("&amp;", "&"));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(www\\.|m\\.)", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        String id = null;
        String name = null;
        if (host.equals("youtube.com") || host.equals("youtube-nocookie.com")) {
            name = "YouTube";
            if (path.equals("/watch") && uri.getQuery() != null) {
                Matcher v = Pattern.compile("(?:^|&)v=([^&]+)").matcher(uri.getQuery());
                id = v.find() ? v.group(1) : null;
            } else if (path.startsWith("/embed/") || path.startsWith("/shorts/") || path.startsWith("/live/")) {
                id = path.substring(path.indexOf('/', 1) + 1);
            }
        } else if (host.equals("youtu.be")) {
            name = "YouTube";
            id = path.length() > 1 ? path.substring(1) : null;
        } else if (host.equals("vimeo.com") || host.equals("player.vimeo.com")) {
            name = "Vimeo";
            String last = path.replaceFirst("^/video/", "/").replaceFirst("/$", "");
            id = last.length() > 1 ? last.substring(last.lastIndexOf('/') + 1) : null;
        }
        if (id == null || !(name.equals("YouTube") ? YOUTUBE_ID : VIMEO_ID).matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new VideoLink(name, id));
    }
}
