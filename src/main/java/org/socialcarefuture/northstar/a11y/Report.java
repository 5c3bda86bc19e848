package org.socialcarefuture.northstar.a11y;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.nodes.Entities;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.writing.Readability;

/**
 * The gate's findings as a page people can read (and that passes the gate itself): every problem
 * by file with its line and fix, and every rule a page opted out of, with the reason given.
 */
public final class Report {

    private Report() {
    }

    /**
     * A page's readability, made with the page (so the preview makes it again only for an edited page):
     * its figures for the summary and the CSV, and its row of the table of hardest pages, ready written.
     */
    public record ReadabilityRow(String file, String type, double readingEase, String csv, String html) {
    }

    public static ReadabilityRow row(Readability r) {
        String ease = Long.toString(Math.round(r.readingEase()));
        String average = oneDecimal(r.averageSentenceWords());
        return new ReadabilityRow(r.file(), r.type(), r.readingEase(),
                csvField(r.file()) + "," + csvField(r.type()) + "," + ease + "," + average + "\n",
                "<tr><td><code>" + escape(r.file()) + "</code></td><td>" + escape(r.type()) + "</td><td>" + ease + "</td><td>"
                        + average + " words</td><td>"
                        + (r.longest().isEmpty() ? "none over 20 words" : escape(String.join(" | ", r.longest()))) + "</td></tr>\n");
    }

    /** How many of the hardest pages the report's table lists; every page is in readability.csv. */
    static final int HARDEST_PAGES = 50;

    /** The CSV file beside the report, with every page's figures, for a spreadsheet. */
    public static final String READABILITY_CSV = "readability.csv";

    /**
     * One PDF of the site and veraPDF's verdict on it.
     *
     * @param failures the PDF/UA-1 and PDF/A-3a rules it fails, in words; none when it passes
     */
    public record PdfRow(String path, String source, int pages, long bytes, List<String> failures) {
    }

    public static void write(Path file, List<Problem> problems, List<Gate.Waiver> waivers, int pagesChecked,
                             List<ReadabilityRow> readability) throws IOException {
        write(file, problems, waivers, pagesChecked, readability, List.of());
    }

    public static void write(Path file, List<Problem> problems, List<Gate.Waiver> waivers, int pagesChecked,
                             List<ReadabilityRow> readability, List<PdfRow> pdfs) throws IOException {
        StringBuilder html = new StringBuilder();
        long errors = problems.stream().filter(Problem::isError).count();
        html.append("""
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Accessibility report | North Star</title>
                <style>
                body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1b1b1b; background: #fff; margin: 0; }
                main, header, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
                .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #ffdd00; color: #0b0c0c; }
                a { color: #1a4a8f; } a:focus-visible { background: #ffdd00; color: #0b0c0c; outline: 3px solid #0b0c0c; }
                .error { color: #a4161a; font-weight: bold; } .warning { color: #4a4a4a; font-weight: bold; }
                li { margin-bottom: 0.5rem; }
                table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #5f6b7a; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
                caption { text-align: left; font-weight: bold; }
                .wide { overflow-x: auto; }
                code { background: #f3f5f8; padding: 0 0.25rem; }
                </style>
                </head>
                <body>
                <a class="skip" href="#main">Skip to main content</a>
                <header><p>North Star</p><nav aria-label="Report sections"><ul><li><a href="#problems">Problems</a></li><li><a href="#waivers">Rules pages opted out of</a></li><li><a href="#language">Language by page type</a></li><li><a href="#readability">Readability</a></li></ul></nav></header>
                <main id="main">
                <h1>Accessibility report</h1>
                """);
        html.append("<p>").append(pagesChecked).append(" pages checked. ").append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(problems.size() - errors).append(problems.size() - errors == 1 ? " warning." : " warnings.")
                .append(errors > 0 ? " The site was not published." : "").append("</p>\n");
        html.append("<h2 id=\"problems\">Problems</h2>\n");
        if (problems.isEmpty()) {
            html.append("<p>No problems found.</p>\n");
        }
        Map<String, List<Problem>> byFile = new TreeMap<>();
        for (Problem problem : problems) {
            byFile.computeIfAbsent(problem.file(), k -> new java.util.ArrayList<>()).add(problem);
        }
        byFile.forEach((source, list) -> {
            html.append("<h3><code>").append(escape(source)).append("</code></h3>\n<ul>\n");
            for (Problem problem : list) {
                html.append("<li><span class=\"").append(problem.isError() ? "error\">Error" : "warning\">Warning").append("</span>")
                        .append(problem.line() > 0 ? " on line " + problem.line() : "").append(": ")
                        .append(escape(problem.message())).append(". <strong>Fix:</strong> ").append(escape(problem.fix())).append("</li>\n");
            }
            html.append("</ul>\n");
        });
        html.append("<h2 id=\"waivers\">Rules pages opted out of</h2>\n");
        if (waivers.isEmpty()) {
            html.append("<p>No page opted out of any rule.</p>\n");
        } else {
            html.append("<ul>\n");
            for (Gate.Waiver waiver : waivers) {
                html.append("<li><code>").append(escape(waiver.file())).append(":").append(waiver.line()).append("</code> skips <code>")
                        .append(escape(waiver.rule())).append("</code> (").append(waiver.findings()).append(waiver.findings() == 1 ? " finding" : " findings")
                        .append(" hidden). Reason: ").append(escape(waiver.reason())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h2 id=\"pdfs\">PDFs</h2>\n");
        if (pdfs.isEmpty()) {
            html.append("<p>The site has no PDFs (see pdfs in site.yml).</p>\n");
        } else {
            long passed = pdfs.stream().filter(pdf -> pdf.failures().isEmpty()).count();
            html.append("<p>").append(passed).append(" of ").append(pdfs.size()).append(pdfs.size() == 1 ? " PDF meets" : " PDFs meet")
                    .append(" PDF/UA-1 and PDF/A-3a, checked with veraPDF.</p>\n");
            html.append("<div class=\"wide\"><table><caption>Each PDF and veraPDF's result</caption><thead><tr><th scope=\"col\">PDF</th>"
                    + "<th scope=\"col\">Made from</th><th scope=\"col\">Pages</th><th scope=\"col\">Size</th><th scope=\"col\">Result</th>"
                    + "</tr></thead><tbody>\n");
            for (PdfRow pdf : pdfs) {
                html.append("<tr><td><code>").append(escape(pdf.path())).append("</code></td><td><code>").append(escape(pdf.source()))
                        .append("</code></td><td>").append(pdf.pages()).append("</td><td>")
                        .append(org.socialcarefuture.northstar.media.MediaMarkup.size(pdf.bytes())).append("</td><td>");
                if (pdf.failures().isEmpty()) {
                    html.append("Passes PDF/UA-1 and PDF/A-3a");
                } else {
                    html.append("<span class=\"error\">Fails</span><ul>");
                    pdf.failures().forEach(failure -> html.append("<li>").append(escape(failure)).append("</li>"));
                    html.append("</ul>");
                }
                html.append("</td></tr>\n");
            }
            html.append("</tbody></table></div>\n");
        }
        html.append("<h2 id=\"language\">Language by page type</h2>\n");
        // Each page type, then the findings of each file with some (few files have them; every page has a type).
        Map<String, Integer> findingsByFile = new java.util.HashMap<>();
        for (Problem problem : problems) {
            if (problem.rule().equals("language")) {
                findingsByFile.merge(problem.file(), 1, Integer::sum);
            }
        }
        Map<String, Integer> languageByType = new TreeMap<>();
        String lastType = null;
        for (ReadabilityRow row : readability) {
            if (!row.type().equals(lastType)) {
                languageByType.putIfAbsent(row.type(), 0);
                lastType = row.type();
            }
            Integer found = findingsByFile.isEmpty() ? null : findingsByFile.remove(row.file());
            if (found != null) {
                languageByType.merge(row.type(), found, Integer::sum);
            }
        }
        findingsByFile.values().forEach(found -> languageByType.merge("other", found, Integer::sum));
        html.append("<table><caption>Words the language check (language.yml) flags, found per page type</caption><thead><tr><th scope=\"col\">Page type</th>"
                + "<th scope=\"col\">Findings</th></tr></thead><tbody>\n");
        languageByType.forEach((type, count) -> html.append("<tr><td>").append(escape(type)).append("</td><td>").append(count).append("</td></tr>\n"));
        html.append("</tbody></table>\n");
        Files.createDirectories(file.getParent());
        writeInPlace(file, out -> {
            out.write(html.toString());
            html.setLength(0);
            writeReadability(out, readability);
            out.write("</main>\n<footer><p>Made by the North Star accessibility gate.</p></footer>\n</body>\n</html>\n");
        });
        writeReadabilityCsv(file.resolveSibling(READABILITY_CSV), readability);
    }

    /**
     * Readability: a line per page type, then the hardest pages to read with their longest sentences
     * (the ones to shorten first). A table of every page would be 20 MB for a 10,000-page site, too
     * much for a browser and for the preview to write after each edit; those figures go to the CSV.
     */
    private static void writeReadability(java.io.Writer out, List<ReadabilityRow> readability) throws IOException {
        out.write("<h2 id=\"readability\">Readability</h2>\n<p>Flesch reading ease: 60 to 70 is plain English, 80 and above is easy. "
                + "Average sentence length in words. Every page's figures are in <a href=\"" + READABILITY_CSV + "\">" + READABILITY_CSV
                + "</a> (" + readability.size() + (readability.size() == 1 ? " page" : " pages") + "), for a spreadsheet.</p>\n");
        Map<String, List<Double>> easeByType = new TreeMap<>();
        for (ReadabilityRow row : readability) {
            easeByType.computeIfAbsent(row.type(), k -> new java.util.ArrayList<>()).add(row.readingEase());
        }
        out.write("<div class=\"wide\" role=\"region\" aria-labelledby=\"ease-by-type\" tabindex=\"0\">"
                + "<table><caption id=\"ease-by-type\">Reading ease by page type</caption><thead><tr><th scope=\"col\">Type</th>"
                + "<th scope=\"col\">Pages</th><th scope=\"col\">Median</th><th scope=\"col\">Under 60</th></tr></thead><tbody>\n");
        for (Map.Entry<String, List<Double>> type : easeByType.entrySet()) {
            double[] eases = type.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = eases.length % 2 == 1 ? eases[eases.length / 2] : (eases[eases.length / 2 - 1] + eases[eases.length / 2]) / 2;
            out.write("<tr><td>" + escape(type.getKey()) + "</td><td>" + eases.length + "</td><td>" + Math.round(median) + "</td><td>"
                    + java.util.Arrays.stream(eases).filter(ease -> ease < 60).count() + "</td></tr>\n");
        }
        out.write("</tbody></table></div>\n");
        List<ReadabilityRow> hardest = hardest(readability, HARDEST_PAGES);
        String caption = hardest.size() < readability.size()
                ? "The " + hardest.size() + " pages hardest to read, hardest first" : "Every page, hardest to read first";
        // A wide table scrolls in its own box (which takes focus, so keyboards can scroll it), so the page still fits a phone.
        out.write("<div class=\"wide\" role=\"region\" aria-labelledby=\"readability-table\" tabindex=\"0\">"
                + "<table><caption id=\"readability-table\">" + caption + "</caption><thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Type</th>"
                + "<th scope=\"col\">Reading ease</th><th scope=\"col\">Average sentence</th><th scope=\"col\">Longest sentences (over 20 words)</th></tr></thead><tbody>\n");
        for (ReadabilityRow row : hardest) {
            out.write(row.html());
        }
        out.write("</tbody></table></div>\n");
    }

    private static final java.util.Comparator<ReadabilityRow> HARDEST_FIRST =
            java.util.Comparator.comparingDouble(ReadabilityRow::readingEase).thenComparing(ReadabilityRow::file);

    /** The {@code limit} hardest pages, hardest first: one pass that keeps the few (sorting every page took most of the report's time). */
    static List<ReadabilityRow> hardest(List<ReadabilityRow> readability, int limit) {
        java.util.PriorityQueue<ReadabilityRow> kept = new java.util.PriorityQueue<>(limit + 1, HARDEST_FIRST.reversed());
        for (ReadabilityRow row : readability) {
            if (kept.size() < limit) {
                kept.add(row);
            } else if (HARDEST_FIRST.compare(row, kept.peek()) < 0) {
                kept.poll();
                kept.add(row);
            }
        }
        List<ReadabilityRow> hardest = new java.util.ArrayList<>(kept);
        hardest.sort(HARDEST_FIRST);
        return hardest;
    }

    /** Every page's figures, in the build's order of pages (a spreadsheet sorts them as its reader likes). */
    private static void writeReadabilityCsv(Path file, List<ReadabilityRow> readability) throws IOException {
        writeInPlace(file, csv -> {
            csv.write("file,type,reading_ease,average_sentence_words\n");
            for (ReadabilityRow row : readability) {
                csv.write(row.csv());
            }
        });
    }

    private interface Contents {
        void to(java.io.Writer out) throws IOException;
    }

    /**
     * Written over the last file and cut to length after, not emptied first: the preview writes the report
     * after every edit, and emptying a file costs more than writing it.
     */
    private static void writeInPlace(Path file, Contents contents) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.io.Writer out = new java.io.BufferedWriter(java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16)) {
            contents.to(out);
            out.flush();
            channel.truncate(channel.position());
        }
    }

    /** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** 12.345 as "12.3" (String.format is slow, and this runs once per page). */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c > 127) {
                return Entities.escape(text);
            }
        }
        return text; // most file names and messages: nothing to escape
    }
}
