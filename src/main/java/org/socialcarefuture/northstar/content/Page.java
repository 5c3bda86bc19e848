package org.socialcarefuture.northstar.content;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One Markdown file, read and checked: everything the later steps need and nothing they must re-parse.
 *
 * @param source       the file as shown to volunteers, e.g. {@code content/blog/2021-03-01-pledge.md}
 * @param contentPath  the file's path under content/, with forward slashes
 * @param type         post, newsletter, letter, report, vision or page
 * @param url          the page's path from the site root, ending in {@code /} ("" for the home page)
 * @param date         publication date in Europe/London, or null for undated pages
 * @param easyRead     true for an {@code X.easy.md} file
 * @param easyReadOf   for an easy-read variant, the content path of its main page; null otherwise
 * @param body         the Markdown after the front matter
 * @param bodyLine     the line number in the file of the body's first line
 * @param event        for an event, when and where it is and how to take part; null for every other page
 * @param media        the page's recording (a video or audio, its transcript and captions), or null
 * @param pdf          {@code pdf:} from the front matter: whether the page has a PDF, or null when it does not say
 *                     (then site.yml's {@code pdfs} decides by its kind)
 */
public record Page(
        String source,
        String contentPath,
        PageType type,
        String title,
        String slug,
        String url,
        ZonedDateTime date,
        List<String> authors,
        List<String> tags,
        String summary,
        String image,
        String imageAlt,
        boolean draft,
        List<String> aliases,
        List<String> to,
        List<Signatory> signatories,
        boolean easyRead,
        String easyReadOf,
        List<Exemption> a11yIgnore,
        List<Exemption> languageIgnore,
        String body,
        int bodyLine,
        EventDetails event,
        MediaDetails media,
        Boolean pdf) {

    /** A page whose front matter does not say whether it has a PDF. */
    public Page(String source, String contentPath, PageType type, String title, String slug, String url, ZonedDateTime date,
                List<String> authors, List<String> tags, String summary, String image, String imageAlt, boolean draft,
                List<String> aliases, List<String> to, List<Signatory> signatories, boolean easyRead, String easyReadOf,
                List<Exemption> a11yIgnore, List<Exemption> languageIgnore, String body, int bodyLine, EventDetails event,
                MediaDetails media) {
        this(source, contentPath, type, title, slug, url, date, authors, tags, summary, image, imageAlt, draft, aliases, to,
                signatories, easyRead, easyReadOf, a11yIgnore, languageIgnore, body, bodyLine, event, media, null);
    }

    public Page {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        to = List.copyOf(to);
        signatories = List.copyOf(signatories);
        a11yIgnore = List.copyOf(a11yIgnore);
        languageIgnore = List.copyOf(languageIgnore);
    }

    /**
     * The page once its body is rendered: the Markdown is no longer needed, and on a large site keeping
     * every body twice (as Markdown and as HTML) would double the bake's memory.
     */
    public Page withoutBody() {
        return new Page(source, contentPath, type, title, slug, url, date, authors, tags, summary, image, imageAlt, draft,
                aliases, to, signatories, easyRead, easyReadOf, a11yIgnore, languageIgnore, "", bodyLine, event, media, pdf);
    }

    /** A recording's transcript, read like this page's body (its links relative to the same folder), from its own file. */
    public Page asTranscript(String transcriptSource, String transcriptPath, String text) {
        return new Page(transcriptSource, transcriptPath, type, title, slug, url, date, authors, tags, summary, "", "", draft,
                aliases, to, signatories, false, null, a11yIgnore, languageIgnore, text, 1, null, null);
    }

    public boolean isEvent() {
        return event != null;
    }

    public boolean dated() {
        return date != null;
    }
}
