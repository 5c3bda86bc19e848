package org.socialcarefuture.northstar.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * Every bad input a volunteer is likely to make gets a message naming the file, the line, what is
 * wrong and how to fix it, and the build fails without touching the published site.
 */
class BadInputIT {

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty file", "blog/x.md", "", 1, "the file is empty"),
                Arguments.of("no front matter", "blog/x.md", "# Hello\n\nText\n", 1, "has no front matter"),
                Arguments.of("front matter never closed", "blog/x.md", "---\ntitle: Hi\ndate: 2021-01-01\n\nText\n", 1, "never closed"),
                Arguments.of("broken YAML", "blog/x.md", "---\ntitle: Hi\ndate: 2021-01-01\ntags: [a, b\n---\nText\n", 4, "is not closed with ]"),
                Arguments.of("unclosed quote", "blog/x.md", "---\ntitle: \"Unclosed\ndate: 2021-01-01\n---\n", 2, "never closed"),
                Arguments.of("keys not lined up", "blog/x.md", "---\n  title: Hi\n date: 2021-01-01\n---\n", 3, "not lined up"),
                Arguments.of("colon in value", "blog/x.md", "---\ntitle: Care: a story\ndate: 2021-01-01\n---\n", 2, "put the whole value in double quotes"),
                Arguments.of("hash in a title", "blog/x.md", "---\ntitle: Social care needs a #MeToo moment\ndate: 2021-01-01\n---\n", 2, "YAML reads it as a comment"),
                Arguments.of("tab indentation", "blog/x.md", "---\ntitle: Hi\ndate: 2021-01-01\ntags:\n\t- a\n---\n", 5, "tab"),
                Arguments.of("missing title", "blog/x.md", "---\ndate: 2021-01-01\n---\nText\n", 1, "has no title"),
                Arguments.of("empty title", "blog/x.md", "---\ntitle: \"\"\ndate: 2021-01-01\n---\nText\n", 2, "title is empty"),
                Arguments.of("title left blank", "blog/x.md", "---\ntitle:\ndate: 2021-01-01\n---\nText\n", 2, "\"title\" is empty; write title:"),
                Arguments.of("summary left blank", "x.md", "---\ntitle: Hi\nsummary:\n---\nText\n", 3, "\"summary\" is empty; write summary: followed by plain text, or remove"),
                Arguments.of("title is a list", "blog/x.md", "---\ntitle: [a, b]\ndate: 2021-01-01\n---\n", 2, "is a list"),
                Arguments.of("title is a number", "blog/x.md", "---\ntitle: 2021\ndate: 2021-01-01\n---\n", 2, "put it in quotes"),
                Arguments.of("missing date", "blog/x.md", "---\ntitle: Hi\n---\nText\n", 1, "needs a date"),
                Arguments.of("bad month", "blog/x.md", "---\ntitle: Hi\ndate: 2021-13-01\n---\n", 3, "not a real date"),
                Arguments.of("31 February", "blog/x.md", "---\ntitle: Hi\ndate: 2021-02-31\n---\n", 3, "not a real date"),
                Arguments.of("date in words", "blog/x.md", "---\ntitle: Hi\ndate: 1st March 2021\n---\n", 3, "YYYY-MM-DD"),
                Arguments.of("unknown type", "x.md", "---\ntitle: Hi\ntype: blogpost\n---\n", 3, "not a page type"),
                Arguments.of("unknown status", "x.md", "---\ntitle: Hi\nstatus: hidden\n---\n", 3, "status \"hidden\""),
                Arguments.of("image without alt", "x.md", "---\ntitle: Hi\nimage: a.png\n---\n", 3, "no text alternative"),
                Arguments.of("both author keys", "x.md", "---\ntitle: Hi\nauthor: A\nauthors: [B]\n---\n", 4, "both author and authors"),
                Arguments.of("duplicate key", "x.md", "---\ntitle: Hi\ntitle: Ho\n---\n", 3, "appears twice"),
                Arguments.of("signatory without name", "letters/x.md",
                        "---\ntitle: Hi\ndate: 2021-01-01\nsignatories:\n  - role: Chair\n---\n", 5, "no name"),
                Arguments.of("alias to another site", "x.md", "---\ntitle: Hi\naliases: [https://evil.example/x/]\n---\n", 3, "full web address"),
                Arguments.of("alias with ..", "x.md", "---\ntitle: Hi\naliases: [/a/../../b/]\n---\n", 3, "contains \"..\""),
                Arguments.of("slug with a folder", "x.md", "---\ntitle: Hi\nslug: ../../etc\n---\n", 3, "contains a folder"),
                Arguments.of("alias bomb", "x.md", "---\ntitle: Hi\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                        + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n", 0, "front matter"),
                Arguments.of("deep nesting", "x.md", "---\ntitle: Hi\nx: " + "[".repeat(60) + "]".repeat(60) + "\n---\n", 0, "front matter"),
                Arguments.of("easy read without title", "about.easy.md", "---\nsummary: x\n---\n", 1, "easy-read files need their own title"),
                Arguments.of("pledge block empty", "x.md", "---\ntitle: Hi\n---\n\nIntro\n\n```pledge\n```\n", 7, "pledge block is empty"),
                Arguments.of("script link", "x.md", "---\ntitle: Hi\n---\n\n[click](javascript:alert(1))\n", 5, "could run code"),
                Arguments.of("link outside content", "x.md", "---\ntitle: Hi\n---\n\n![a](../../etc/passwd)\n", 5, "outside the content folder"),
                Arguments.of("missing image", "x.md", "---\ntitle: Hi\n---\n\nText\n\n![a photo](photo.jpg)\n", 7, "does not exist"),
                Arguments.of("link to missing page", "x.md", "---\ntitle: Hi\n---\n\nSee [the plan](plan.md).\n", 5, "does not exist"),
                Arguments.of("unknown picture", "x.easy.md", "---\ntitle: Hi\n---\n\n![a cat](icon:cat) Words.\n", 5, "no picture called"),
                Arguments.of("picture with no description", "x.md", "---\ntitle: Hi\n---\n\nText\n\n![](photo.jpg)\n", 7,
                        "![decorative](photo.jpg)"),
                Arguments.of("picture on the writer's computer", "x.md", "---\ntitle: Hi\n---\n\n![A map](file:///C:/Users/jo/map.png)\n", 5,
                        "a file on your own computer"),
                Arguments.of("Word picture pasted from the writer's computer", "x.md", "---\ntitle: Hi\n---\n\nText\n\n"
                        + "<p class=MsoNormal><img width=602 height=339 src=\"file:///C:/Users/jo/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg\""
                        + " alt=\"People at the festival\"><o:p></o:p></p>\n", 7, "clip_image001.jpg\" is a file on your own computer"),
                Arguments.of("new's example left in", "x.md", "---\ntitle: Hi\nsummary: \"What this page is for.\"\n---\n\nWords.\n", 3,
                        "is the example new wrote"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsReportedWithFileLineAndFix(String name, String path, String text, int line, String expected) throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nFine.\n");
        Files.createDirectories(site.content().resolve(path).getParent());
        Files.writeString(site.content().resolve(path), text);

        List<Problem> problems = site.bakeFails();

        Problem problem = problems.stream().filter(p -> p.isError() && p.toString().contains(expected)).findFirst()
                .orElseThrow(() -> new AssertionError("no error containing \"" + expected + "\" in:\n" + TestSite.lines(problems)));
        assertTrue(problem.file().endsWith("content/" + path), problem.file());
        if (line > 0) {
            assertEquals(line, problem.line(), problem.toString());
        }
        assertFalse(problem.fix().isBlank(), "every problem says how to fix it: " + problem);
    }

    @Test
    void allProblemsOfARunAreReportedTogether() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/blog/a.md --
                ---
                title: A
                ---
                -- content/blog/b.md --
                ---
                date: 2021-01-01
                ---
                """);
        List<Problem> problems = site.bakeFails();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("blog/a.md") && p.message().contains("needs a date")));
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("blog/b.md") && p.message().contains("no title")));
    }

    @Test
    void tagsWrittenWithCommasButNoBracketsAreAWarningNamingTheLine() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/blog/2021-01-01-x.md --
                ---
                title: X
                date: 2021-01-01
                author: Anna Severwright, Neil Crowther
                tags: care, home
                ---
                Fine.
                -- content/blog/2021-01-02-y.md --
                ---
                title: Y
                date: 2021-01-02
                tags: [care, home]
                ---
                Fine.
                """);
        var result = site.bake();
        List<String> warnings = result.warnings().stream().map(p -> p.line() + " " + p.message() + "; " + p.fix()).toList();
        assertEquals(List.of(
                "4 \"Anna Severwright, Neil Crowther\" is one name, commas and all; for more than one, put them in square brackets: "
                        + "authors: [Anna Severwright, Neil Crowther]",
                "5 \"care, home\" is one tag, commas and all; for more than one, put them in square brackets: tags: [care, home]"),
                warnings);
    }

    @Test
    void unknownKeyIsAWarningWithTheClosestKnownKey() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About
                sumary: A typo
                ---
                Fine.
                """);
        var result = site.bake();
        Problem warning = result.warnings().get(0);
        assertEquals(3, warning.line());
        assertTrue(warning.toString().contains("did you mean \"summary\""), warning.toString());
    }

    @Test
    void utf8ByteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
        TestSite site = TestSite.of(dir, "");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\ntitle: Caf\u00e9\r\ndate: 2021-03-01\r\n---\r\nHello\rworld\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        Files.createDirectories(site.content().resolve("blog"));
        Files.write(site.content().resolve("blog/cafe.md"), all);

        site.bake();

        assertTrue(site.file("blog/2021/03/cafe/index.html").contains("<h1>Café</h1>"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Files.write(site.content().resolve("x.md"), new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n', '-', '-', '-', '\n'});
        Problem problem = site.bakeFails().get(0);
        assertEquals(2, problem.line());
        assertTrue(problem.toString().contains("not UTF-8") && problem.fix().contains("UTF-8"), problem.toString());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Path big = site.content().resolve("big.md");
        try (var out = Files.newOutputStream(big)) {
            out.write("---\ntitle: Big\n---\n".getBytes());
            byte[] line = "All work and no play makes a very long page indeed.\n".repeat(1000).getBytes();
            for (int i = 0; i < 110; i++) {
                out.write(line);
            }
        }
        Problem problem = site.bakeFails().get(0);
        assertTrue(problem.message().contains("larger than"), problem.toString());
    }

    @Test
    void aSymlinkOutOfContentIsRefused() throws IOException {
        TestSite site = TestSite.of(dir, "-- secret.txt --\npassword\n-- content/about.md --\n---\ntitle: About\n---\nHi\n");
        Files.createSymbolicLink(site.content().resolve("leak.txt"), site.root().resolve("secret.txt"));
        List<Problem> problems = site.bakeFails();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("content/leak.txt") && p.message().contains("outside")),
                TestSite.lines(problems));
    }

    @Test
    void aContentFolderThatIsALinkIsRead() throws IOException {
        TestSite site = TestSite.of(dir, "-- markdown/about.md --\n---\ntitle: About us\n---\nWho we are.\n");
        Files.delete(site.content());
        Files.createSymbolicLink(site.content(), site.root().resolve("markdown"));
        site.bake();
        assertTrue(site.file("about/index.html").contains("Who we are."));
    }

    @Test
    void aSiteWithNoThemeFolderIsBakedWithTheBundledTheme() throws Exception {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nHi\n");
        var options = site.options().withTheme(dir.resolve("themes/default"));
        org.socialcarefuture.northstar.Build.bake(options);
        assertTrue(site.file("about/index.html").contains("Hi"));
        assertTrue(Files.exists(site.output().resolve("css/site.css")), "the bundled theme's files are published");
    }

    @Test
    void anOutputFolderThatWouldReplaceSomeonesFilesIsRefused() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About
                ---
                Hi
                -- notes/minutes.txt --
                The minutes of our meeting.
                -- todo.txt --
                Write the next newsletter.
                """);
        var options = site.options();
        java.util.Map<Path, String> outputs = java.util.Map.of(
                site.content(), "output folder is",
                site.root(), "output folder contains",
                site.root().resolve("notes"), "North Star did not make",
                site.root().resolve("todo.txt"), "is a file",
                site.content().resolve("site"), "inside",
                Path.of(""), "output folder is");
        for (var output : outputs.entrySet()) {
            var into = options.withOutput(output.getKey());
            for (List<Problem> problems : List.of(TestSite.bakeFails(into), TestSite.previewFails(into))) {
                assertTrue(problems.stream().anyMatch(p -> p.rule().equals("output") && p.message().contains(output.getValue())
                        && p.fix().contains("--output")), output.getKey() + ": " + TestSite.lines(problems));
            }
        }
        assertTrue(Files.readString(site.content().resolve("about.md")).contains("Hi"));
        assertTrue(Files.readString(site.root().resolve("notes/minutes.txt")).contains("The minutes of our meeting."));
        assertTrue(Files.readString(site.root().resolve("todo.txt")).contains("Write the next newsletter."));

        site.bake(); // into a new folder
        site.bake(); // and over the site it made
    }

    @Test
    void twoFilesDifferingOnlyInCaseAreRefused() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/About.md --
                ---
                title: One
                ---
                -- content/about.md --
                ---
                title: Two
                ---
                """);
        List<Problem> problems = site.bakeFails();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("differs only in upper/lower case")), TestSite.lines(problems));
    }
}
