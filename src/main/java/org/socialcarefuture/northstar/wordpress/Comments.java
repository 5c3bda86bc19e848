package org.socialcarefuture.northstar.wordpress;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.socialcarefuture.northstar.markdown.HtmlSanitizer;

/**
 * The old blog's conversation, kept under the post: approved comments only (pending, spam, trash,
 * pingbacks and trackbacks never), each with its writer's display name, its date as a {@code <time>}
 * and its words, replies inside the comment they answer. No e-mail, web or IP address is ever read.
 * Written at the end of the post's Markdown as one block of HTML under a heading, so a volunteer can
 * see it, and remove a comment by deleting its {@code <li>...</li>} (docs/volunteers/comments.md).
 */
final class Comments {

    static final String HEADING = "## Comments from the old blog";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What was kept and what was left out. */
    record Kept(String markdown, int kept, int leftOut) {
    }

    private Comments() {
    }

    static Kept of(WpItem item) {
        List<WpItem.WpComment> approved = item.comments().stream().filter(WpItem.WpComment::isReadersApprovedComment).toList();
        int leftOut = item.comments().size() - approved.size();
        if (approved.isEmpty()) {
            return new Kept("", 0, leftOut);
        }
        Map<String, List<WpItem.WpComment>> replies = new LinkedHashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        approved.forEach(c -> ids.add(c.id()));
        for (WpItem.WpComment comment : approved) {
            // A reply to a comment that was not kept (pending or spam) stands on its own rather than being lost.
            String parent = ids.contains(comment.parent()) ? comment.parent() : "0";
            replies.computeIfAbsent(parent, p -> new ArrayList<>()).add(comment);
        }
        StringBuilder html = new StringBuilder();
        list(html, "0", replies, true);
        String count = approved.size() == 1 ? "1 comment" : approved.size() + " comments";
        String markdown = HEADING + "\n\n" + count + " from readers of the old blog, kept as they were written.\n\n" + html + "\n";
        return new Kept(markdown, approved.size(), leftOut);
    }

    private static void list(StringBuilder html, String parent, Map<String, List<WpItem.WpComment>> replies, boolean top) {
        List<WpItem.WpComment> here = replies.get(parent);
        if (here == null) {
            return;
        }
        html.append(top ? "<ol class=\"old-comments\">" : "<ol>");
        for (WpItem.WpComment comment : here) {
            html.append("<li id=\"comment-").append(Entities.escape(comment.id())).append("\">");
            html.append("<p class=\"comment-by\"><strong>").append(Entities.escape(name(comment))).append("</strong>");
            LocalDateTime date = date(comment.date());
            if (date != null) {
                html.append(" on <time datetime=\"").append(date.toLocalDate()).append('T')
                        .append(String.format("%02d:%02d", date.getHour(), date.getMinute())).append("\">")
                        .append(HUMAN.format(date)).append("</time>");
            }
            html.append("</p>").append(text(comment.html()));
            list(html, comment.id(), replies, false);
            html.append("</li>");
        }
        html.append("</ol>");
    }

    private static String name(WpItem.WpComment comment) {
        String name = comment.author().strip();
        return name.isEmpty() ? "Anonymous" : name;
    }

    /** The comment's words as WordPress showed them (paragraphs and line breaks), sanitised, on one line. */
    private static String text(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        BlockHtml.autop(document.body(), true);
        Element body = HtmlSanitizer.clean(document.body().html()).body();
        body.select("h1, h2, h3, h4, h5, h6").tagName("p"); // a reader's heading would break the page's outline
        body.select("img").remove();
        body.select("[id]").removeAttr("id");
        return "<div class=\"comment-text\">" + body.html().replaceAll("\\s*\\n\\s*", " ").strip() + "</div>";
    }

    private static LocalDateTime date(String text) {
        try {
            return LocalDateTime.parse(text.strip(), WP_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
