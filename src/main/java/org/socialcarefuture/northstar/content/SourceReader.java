package org.socialcarefuture.northstar.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * Reads one Markdown file's bytes into its front matter and body: too large, not UTF-8 or front matter
 * that is not YAML are each reported here, so the page readers only ever see a file that could be read.
 */
final class SourceReader {

    /** A file read and split: {@code source} is its name as shown to volunteers. */
    record Parsed(String contentPath, String source, MarkdownFile file) {
    }

    private final Path contentDir;
    private final UnaryOperator<String> display;

    SourceReader(Path contentDir, UnaryOperator<String> display) {
        this.contentDir = contentDir;
        this.display = display;
    }

    Optional<Parsed> read(String contentPath, Problems problems) {
        String source = display.apply(contentPath);
        Path path = contentDir.resolve(contentPath);
        try {
            long size = Files.size(path);
            if (size > SourceText.MAX_BYTES) {
                problems.error(source, 0, "file-size", "the file is " + (size / (1024 * 1024))
                                + " MB, larger than the " + (SourceText.MAX_BYTES / (1024 * 1024)) + " MB a page may be",
                        "split it into several pages, or move large data out of the Markdown");
                return Optional.empty();
            }
            SourceText.Cleaned cleaned = SourceText.withoutForbiddenCharacters(SourceText.decode(Files.readAllBytes(path)));
            if (cleaned.removed() > 0) {
                LineIndex lines = LineIndex.of(cleaned.text());
                int at = Math.min(cleaned.first(), cleaned.text().length());
                problems.add(new Problem(source, lines.line(at) + 1, lines.column(at), Problem.Severity.WARNING, "invisible-character",
                        "the file has " + (cleaned.removed() == 1 ? "an invisible control character" : cleaned.removed()
                                + " invisible control characters") + String.format(" (U+%04X here)", cleaned.firstCodePoint())
                                + ", which no web page or feed may carry, so the site leaves " + (cleaned.removed() == 1 ? "it" : "them") + " out",
                        "nothing to do; to quiet this, delete " + (cleaned.removed() == 1 ? "it" : "them")
                                + " (they usually come with text copied from another program)"));
            }
            return Optional.of(new Parsed(contentPath, source, MarkdownFile.parse(cleaned.text())));
        } catch (SourceText.NotUtf8Exception e) {
            problems.error(source, e.line(), "encoding", e.getMessage(),
                    "save the file as UTF-8 (in most editors: Save as... > Encoding > UTF-8)");
        } catch (MarkdownFile.FormatException e) {
            problems.error(source, e.line(), "front-matter", e.getMessage(), e.fix());
        } catch (IOException e) {
            problems.error(source, 0, "read", "the file could not be read: " + e.getMessage(),
                    "check that it exists and can be read");
        }
        return Optional.empty();
    }
}
