package org.socialcarefuture.northstar.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.socialcarefuture.northstar.pdf.PdfCheck;
import org.socialcarefuture.northstar.pdf.PdfMaker;

/**
 * PDFs made before, kept in the cache folder ({@code target/.north-star-cache/pdf/}) by a digest of everything they
 * are made from (the print page, its pictures, the fonts, this North Star's version), each with what veraPDF found
 * in it. Making and checking a PDF takes a good part of a second: the preview and the next bake make again only the
 * PDFs whose page changed.
 */
final class PdfCache {

    /** A PDF in the cache and what is known of it. */
    record Entry(Path pdf, int pages, List<PdfCheck.Failure> failures, List<PdfMaker.Wide> wide, List<String> notes) {
    }

    private final Path folder;

    PdfCache(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    Optional<Entry> find(String key) {
        Path pdf = folder.resolve(key + ".pdf");
        Path facts = folder.resolve(key + ".txt");
        if (!Files.isRegularFile(pdf) || !Files.isRegularFile(facts)) {
            return Optional.empty();
        }
        try {
            int pages = 0;
            List<PdfCheck.Failure> failures = new ArrayList<>();
            List<PdfMaker.Wide> wide = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (String line : Files.readAllLines(facts)) {
                String[] part = line.split("\t", -1);
                switch (part[0]) {
                    case "pages" -> pages = Integer.parseInt(part[1]);
                    case "failure" -> failures.add(new PdfCheck.Failure(part[1], part[2], part[4], Integer.parseInt(part[3])));
                    case "wide" -> wide.add(new PdfMaker.Wide(Integer.parseInt(part[1]), part[2]));
                    case "note" -> notes.add(part[1]);
                    default -> {
                        return Optional.empty(); // written by another version: made again
                    }
                }
            }
            return Optional.of(new Entry(pdf, pages, failures, wide, notes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a PDF and its facts; the facts are written last, so a half-written entry is never found. */
    Entry keep(String key, byte[] pdf, int pages, List<PdfCheck.Failure> failures, List<PdfMaker.Wide> wide, List<String> notes)
            throws IOException {
        Path file = folder.resolve(key + ".pdf");
        org.socialcarefuture.northstar.store.CacheFiles.writeWhole(file, pdf);
        StringBuilder facts = new StringBuilder("pages\t" + pages + "\n");
        for (PdfCheck.Failure failure : failures) {
            facts.append("failure\t").append(failure.standard()).append('\t').append(failure.rule()).append('\t').append(failure.times())
                    .append('\t').append(failure.description().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        for (PdfMaker.Wide block : wide) {
            facts.append("wide\t").append(block.line()).append('\t').append(block.what()).append('\n');
        }
        for (String note : notes) {
            facts.append("note\t").append(note.replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        org.socialcarefuture.northstar.store.CacheFiles.writeWhole(folder.resolve(key + ".txt"), facts.toString().getBytes(StandardCharsets.UTF_8));
        return new Entry(file, pages, List.copyOf(failures), List.copyOf(wide), List.copyOf(notes));
    }
}
