package org.socialcarefuture.northstar.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.socialcarefuture.northstar.publish.Staging;
import org.socialcarefuture.northstar.wordpress.WordPressImport;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer on {@code import-wordpress}: WXR items with fuzzed titles, slugs, categories, tags, links, authors and
 * attachment (upload) names, imported into the small site and then baked. The importer writes only inside the
 * content folder (and reads uploads only inside the uploads folder); what it wrote bakes, or fails only at the
 * imported posts, and the rest bakes without them.
 */
class WordPressImportFuzzIT {

    private static final String[] SLUGS = {"our-pledge", "%e7%a4%be%e4%bc%9a", "opieka-spo%c5%82eczna", "..", "../../etc", "con",
        ".hidden", "a%00b", "%2e%2e", "social-care-".repeat(30), "社会护理"};
    private static final String[] STATUSES = {"publish", "draft", "private", "trash", "future", ""};
    private static final String[] TYPES = {"post", "page", "attachment", "nav_menu_item"};

    private static Path work;

    @BeforeAll
    static void makeWorkFolder() throws IOException {
        work = Files.createTempDirectory("north-star-import-fuzz");
    }

    @AfterAll
    static void removeWorkFolder() throws IOException {
        Staging.deleteTree(work);
    }

    @FuzzTest(maxDuration = "10m")
    void anyExportImportsIntoTheContentFolderAndBakesPostByPost(FuzzedDataProvider data) throws IOException {
        FuzzSite site = FuzzSite.fresh(work.resolve("site"));
        Path uploads = work.resolve("uploads");
        Staging.deleteTree(uploads);
        Files.createDirectories(uploads.resolve("2019/05"));
        Files.write(uploads.resolve("2019/05/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        StringBuilder items = new StringBuilder();
        int count = data.consumeInt(1, 3);
        for (int i = 0; i < count; i++) {
            String slug = data.consumeBoolean() ? data.pickValue(SLUGS) : data.consumeString(120);
            String upload = data.consumeBoolean() ? "2019/05/photo.png" : data.consumeString(60);
            items.append("<item><title>").append(cdata(data.consumeString(200))).append("</title><link>https://old.example/")
                    .append(escape(data.consumeBoolean() ? "2019/05/" + slug + "/" : data.consumeString(80))).append("</link><dc:creator>")
                    .append(cdata(data.consumeString(120))).append("</dc:creator><content:encoded>")
                    .append(cdata("<p>" + data.consumeString(200) + "</p><img src=\"https://old.example/wp-content/uploads/" + upload
                            + "\" alt=\"" + data.consumeString(30) + "\">"))
                    .append("</content:encoded><excerpt:encoded>").append(cdata(data.consumeString(80)))
                    .append("</excerpt:encoded><wp:post_id>").append(escape(data.consumeBoolean() ? String.valueOf(i + 1) : data.consumeString(10)))
                    .append("</wp:post_id><wp:post_date>2021-0").append(1 + i).append("-18 10:00:00</wp:post_date><wp:post_name>")
                    .append(cdata(slug)).append("</wp:post_name><wp:status>").append(data.pickValue(STATUSES))
                    .append("</wp:status><wp:post_type>").append(data.pickValue(TYPES)).append("</wp:post_type>")
                    .append("<category domain=\"category\">").append(cdata(data.consumeString(120))).append("</category>")
                    .append("<category domain=\"post_tag\">").append(cdata(data.consumeString(120))).append("</category>")
                    .append("<wp:attachment_url>").append(cdata(data.consumeString(60))).append("</wp:attachment_url></item>");
        }
        Path export = work.resolve("export.xml");
        Files.writeString(export, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>"
                + items + "</channel></rss>", StandardCharsets.UTF_8);

        WordPressImport.Report report;
        try {
            report = new WordPressImport(site.content(), uploads, Map.of()).run(export);
        } catch (IOException unreadable) {
            return; // an export the XML reader refuses is said as such by the command (north-star: ...), and nothing is written
        }
        Path content = site.content().toRealPath();
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                Path real = path.toRealPath();
                assertTrue(real.startsWith(content) || real.startsWith(uploads.toRealPath()) || real.equals(export.toRealPath()),
                        "the importer wrote outside the content folder: " + path);
            }
        }
        // Each imported post that cannot be baked is its own problem: take them out one by one and the rest bakes.
        var problems = site.bakeAndJudge(null);
        if (!problems.isEmpty()) {
            for (String written : report.written()) {
                Files.deleteIfExists(site.content().resolve(written));
            }
            assertTrue(site.bakeAndJudge(null).isEmpty(), "without the imported posts the site still fails");
        }
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
