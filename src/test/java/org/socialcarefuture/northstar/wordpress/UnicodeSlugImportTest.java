package org.socialcarefuture.northstar.wordpress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;

/** WordPress keeps a slug in another script percent-encoded; the import gives a readable file and keeps the old address. */
class UnicodeSlugImportTest {

    @TempDir
    Path dir;

    @Test
    void aPercentEncodedChineseSlugImportsReadablyAndItsOldAddressStillWorks() throws IOException {
        Path export = dir.resolve("export.xml");
        Files.writeString(export, """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                  <item>
                    <title>社会护理</title>
                    <link>https://socialcarefuture.blog/2019/05/18/%e7%a4%be%e4%bc%9a%e6%8a%a4%e7%90%86/</link>
                    <dc:creator><![CDATA[Ann Example]]></dc:creator>
                    <content:encoded><![CDATA[<p>Words about care.</p>]]></content:encoded>
                    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                    <wp:post_id>77</wp:post_id>
                    <wp:post_date><![CDATA[2019-05-18 10:30:00]]></wp:post_date>
                    <wp:post_name><![CDATA[%e7%a4%be%e4%bc%9a%e6%8a%a4%e7%90%86]]></wp:post_name>
                    <wp:status><![CDATA[publish]]></wp:status>
                    <wp:post_type><![CDATA[post]]></wp:post_type>
                    <category domain="post_tag" nicename="opieka"><![CDATA[opieka społeczna]]></category>
                  </item>
                </channel>
                </rss>
                """);
        TestSite site = TestSite.of(dir.resolve("site"), "");
        new WordPressImport(site.content(), null, Map.of()).run(export);
        assertTrue(Files.isRegularFile(site.content().resolve("blog/2019-05-18-she-hui-hu-li.md")), "a readable file name");
        site.bake();
        assertTrue(site.has("blog/2019/05/she-hui-hu-li/index.html"), site.listing());
        assertTrue(site.has("tags/opieka-spoleczna/index.html"), site.listing());
        assertTrue(site.file("2019/05/18/社会护理/index.html").contains("/blog/2019/05/she-hui-hu-li/"),
                "the old address, decoded as a web server decodes it, leads to the post");
    }
}
