package org.socialcarefuture.northstar.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.socialcarefuture.northstar.a11y.Gate;
import org.socialcarefuture.northstar.a11y.Report;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.markdown.LinkUses;
import org.socialcarefuture.northstar.memo.BuildMemo;
import org.socialcarefuture.northstar.memo.Reuse;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.render.OutputPage;
import org.socialcarefuture.northstar.site.RenderedPage;

/**
 * The bake's memory across runs, in {@code target/.north-star-cache/bake/}: each page as rendered from its Markdown
 * (with what the writing checks found), and each site file as rendered from its data (with what the accessibility
 * gate found), kept under a digest of everything it was made from (see {@link StableDigest}): the page's whole file
 * or the file's data, the site settings, the writing settings, the theme's files and this build of North Star.
 * A bake in a new JVM, on a laptop or in CI with the folder restored, makes again only what an edit changed.
 *
 * <p>What is kept is exactly what making it again would give (BakeCacheTest compares a bake that used the cache with
 * a clean one, byte for byte, after a series of edits). A kept file that cannot be read back (cut short, written by
 * another version) is made again. The folder is read with a filter that lets in only this program's own records and
 * the JDK's lists, maps, strings and dates, so a tampered cache cannot make the bake run code.
 * After a published bake, entries it did not use are deleted, so the folder holds one site's worth.
 */
public final class BakeCache implements Reuse {

    /**
     * A page as the Markdown step made it, less the page's own file (the key says which it is) and less its body's HTML
     * and search entry, which are kept beside it as plain UTF-8 (see {@link #write}).
     */
    record StoredPage(RenderedPage rendered, Report.ReadabilityRow readability, List<Problem> problems, LinkUses uses)
            implements Serializable {
    }

    /**
     * What the gate found in a site file (null for a file the gate does not read), and the digest and length of its
     * text, which is kept once in {@code texts/} by that digest.
     */
    record StoredFile(Gate.Checked checked, String text, long bytes) implements Serializable {
    }

    /** A file of the published site as the last bake left it: its text's digest, and its size and time on disk then. */
    private record Published(String text, long bytes, long modified) {
    }

    /** An entry read back: its small part, and its texts. */
    private record Entry<T>(T value, String[] texts) {
    }

    /** Only this program's records and the JDK's plain values: never a class a tampered file names. */
    private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;maxrefs=2000000;org.socialcarefuture.northstar.**;java.lang.*;java.util.*;java.time.*;!*");

    private final Path pagesFolder;
    private final Path filesFolder;
    private final Path textsFolder;
    /** The site the last bake published, where its files' bytes can be taken from (see {@link #file}). */
    private final Path site;
    private final Path manifest;
    private final Map<String, Published> lastSite;
    /** Each site file this bake made or took, with its text's digest and length, for the next bake's manifest. */
    private final Map<String, StoredFile> thisSite = new ConcurrentHashMap<>();
    private final String code;
    private final String pageInputs;
    private final String fileInputs;
    private final LinkTable links;
    private final StableDigest digests = new StableDigest();
    /** Every entry this bake used or made: after publishing, the rest are deleted. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final LongAdder pagesReused = new LongAdder();
    private final LongAdder filesReused = new LongAdder();
    private final LongAdder unreadable = new LongAdder();

    /**
     * @param folder         {@code target/.north-star-cache/bake}
     * @param code           this build of North Star (see {@link #codeFingerprint})
     * @param markdownInputs everything besides its own file that a page's rendering depends on (site and writing settings)
     * @param theme          the merged theme folder the files are rendered with
     * @param links          what pages' links are resolved against this bake
     * @param site           the output folder: the last published site, whose unchanged files are linked, not written again
     */
    public BakeCache(Path folder, String code, Object markdownInputs, Path theme, LinkTable links, Path site) throws IOException {
        this.pagesFolder = folder.resolve("pages");
        this.filesFolder = folder.resolve("files");
        this.textsFolder = folder.resolve("texts");
        this.site = site;
        this.manifest = folder.resolve("site.tsv");
        this.lastSite = readManifest(manifest, code);
        this.code = code;
        this.pageInputs = StableDigest.once(List.of(code, markdownInputs));
        this.fileInputs = StableDigest.once(List.of(pageInputs, folderDigest(theme)));
        this.links = links;
    }

    @Override
    public BuildMemo.RenderedMarkdown page(Page page) {
        String key = StableDigest.once(List.of(pageInputs, page)); // a page with its body: not kept in the digests' memory
        Entry<StoredPage> entry = read(pagesFolder, key, StoredPage.class);
        if (entry == null || entry.texts().length != 2 || !entry.value().uses().sameIn(links)) {
            return null;
        }
        used.add(key);
        pagesReused.increment();
        StoredPage stored = entry.value();
        RenderedPage kept = stored.rendered();
        RenderedPage rendered = new RenderedPage(kept.page(), entry.texts()[0], kept.headings(), kept.pledges(), entry.texts()[1],
                kept.leadPicture(), kept.recording());
        return new BuildMemo.RenderedMarkdown(page, rendered, stored.readability(), stored.problems(), stored.uses());
    }

    @Override
    public void rendered(BuildMemo.RenderedMarkdown page) {
        if (page.uses() == null) {
            return; // a page that failed in a way nobody foresaw: made again next time, in case that was the machine
        }
        String key = StableDigest.once(List.of(pageInputs, page.source()));
        RenderedPage rendered = page.rendered();
        RenderedPage small = new RenderedPage(rendered.page(), "", rendered.headings(), rendered.pledges(), "", rendered.leadPicture(),
                rendered.recording());
        write(pagesFolder, key, new StoredPage(small, page.readability(), page.problems(), page.uses()), rendered.html(), rendered.searchEntry());
    }

    @Override
    public Object key(OutputPage output, Map<String, Object> model) {
        Object madeFrom = output.inputs() != null ? output.inputs() : model;
        if (madeFrom == null) {
            return null;
        }
        try {
            return digests.of(java.util.Arrays.asList(fileInputs, output.path(), output.template(), madeFrom, output.source(),
                    output.ignored(), output.exemptRules()));
        } catch (StableDigest.Undigestable e) {
            return null; // made every time
        }
    }

    @Override
    public Known file(OutputPage output, Object key) {
        Entry<StoredFile> entry = read(filesFolder, (String) key, StoredFile.class);
        if (entry == null || entry.texts().length != 0) {
            return null;
        }
        StoredFile stored = entry.value();
        Known known = null;
        Published last = lastSite.get(output.path());
        if (last != null && last.text().equals(stored.text())) {
            // The last site has this very file, if nobody changed it since (its size and time say so, as for make).
            Path same = org.socialcarefuture.northstar.publish.SiteOutput.inside(site, output.path());
            try {
                java.nio.file.attribute.BasicFileAttributes now = Files.readAttributes(same, java.nio.file.attribute.BasicFileAttributes.class);
                if (now.isRegularFile() && now.size() == last.bytes() && now.lastModifiedTime().toMillis() == last.modified()) {
                    known = new Known(stored.checked(), null, same);
                }
            } catch (IOException e) {
                // gone: its text from the cache instead
            }
        }
        if (known == null) {
            String text = readText(stored);
            if (text == null) {
                return null;
            }
            known = new Known(stored.checked(), text, null);
        }
        used.add((String) key);
        used.add(stored.text());
        thisSite.put(output.path(), stored);
        filesReused.increment();
        return known;
    }

    @Override
    public void written(OutputPage output, Object key, String text, Gate.Checked checked) {
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String digest = java.util.HexFormat.of().formatHex(sha256(utf8));
        StoredFile stored = new StoredFile(checked, digest, utf8.length);
        used.add(digest);
        try {
            if (!Files.isRegularFile(entry(textsFolder, digest))) {
                writeWhole(entry(textsFolder, digest), utf8);
            }
        } catch (IOException e) {
            return; // not kept (a full disk, a folder that cannot be written): made again next time
        }
        write(filesFolder, (String) key, stored);
        thisSite.put(output.path(), stored);
    }

    @Override
    public void published(Set<String> files) {
        writeManifest();
        forgetUnused(pagesFolder);
        forgetUnused(filesFolder);
        forgetUnused(textsFolder);
    }

    /** A file's text from {@code texts/}, checked against its digest (a damaged one is made again); null when missing. */
    private String readText(StoredFile stored) {
        Path file = entry(textsFolder, stored.text());
        try {
            byte[] utf8 = Files.readAllBytes(file);
            if (utf8.length != stored.bytes() || !java.util.HexFormat.of().formatHex(sha256(utf8)).equals(stored.text())) {
                unreadable.increment();
                Files.deleteIfExists(file);
                return null;
            }
            return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            unreadable.increment();
            return null;
        }
    }

    /**
     * The published site's files made through the cache, with their texts' digests and their sizes and times on disk,
     * for the next bake: a file whose text is the same, and which nobody has touched since, is linked from there.
     */
    private void writeManifest() {
        StringBuilder lines = new StringBuilder(thisSite.size() * 120).append(code).append('\n');
        thisSite.forEach((path, stored) -> {
            try {
                java.nio.file.attribute.BasicFileAttributes now = Files.readAttributes(org.socialcarefuture.northstar.publish.SiteOutput.inside(site, path),
                        java.nio.file.attribute.BasicFileAttributes.class);
                lines.append(path).append('\t').append(stored.text()).append('\t').append(now.size()).append('\t')
                        .append(now.lastModifiedTime().toMillis()).append('\n');
            } catch (IOException e) {
                // not in the site after all: never linked
            }
        });
        try {
            writeWhole(manifest, lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(manifest); // an old one no longer describes the site
            } catch (IOException ignored) {
                // the next bake checks each file's size and time all the same
            }
        }
    }

    private static Map<String, Published> readManifest(Path manifest, String code) {
        Map<String, Published> files = new java.util.HashMap<>();
        try {
            List<String> lines = Files.readAllLines(manifest);
            if (lines.isEmpty() || !lines.get(0).equals(code)) {
                return files;
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] part = line.split("\t");
                if (part.length == 4) {
                    files.put(part[0], new Published(part[1], Long.parseLong(part[2]), Long.parseLong(part[3])));
                }
            }
        } catch (IOException | RuntimeException e) {
            files.clear(); // none, or unreadable: every file's text from the cache
        }
        return files;
    }

    @Override
    public String reuse() {
        return pagesReused.sum() + " pages and " + filesReused.sum() + " files from the cache"
                + (unreadable.sum() > 0 ? " (" + unreadable.sum() + " unreadable entries made again)" : "");
    }

    /**
     * This build of North Star, by what it is made of, not when: CI builds the jar afresh on every run, and the same
     * code must find what the last run kept. For the jar (or the Maven plugin's jar), each entry's name, size and CRC
     * from its directory (no entry is read); for a classes folder (tests, an IDE), every class file's bytes and the
     * class path's jars by name.
     */
    public static String codeFingerprint(String version) {
        try {
            Path code = Path.of(BakeCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.util.TreeMap<String, String> parts = new java.util.TreeMap<>();
            if (Files.isRegularFile(code)) {
                try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(code.toFile())) {
                    jar.stream().forEach(entry -> parts.put(entry.getName(), entry.getSize() + ":" + entry.getCrc()));
                }
            } else {
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
                        parts.put(code.relativize(file).toString(), java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
                    }
                }
                parts.put("class path", Stream.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                        .map(entry -> Path.of(entry).getFileName() == null ? entry : Path.of(entry).getFileName().toString()).toList().toString());
            }
            return version + ";" + StableDigest.once(parts);
        } catch (Exception e) {
            return version + ";" + System.nanoTime(); // cannot tell which build this is: use nothing kept
        }
    }

    /** A digest of every file under {@code folder}, with its path. */
    private static String folderDigest(Path folder) throws IOException {
        java.util.TreeMap<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(file).toString().replace('\\', '/'),
                        java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
            }
        }
        return StableDigest.once(files);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path entry(Path folder, String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key);
    }

    /**
     * An entry: how many texts, each as its length and UTF-8 bytes, then the small part through a filtered object
     * stream. (Long texts go around the object stream: it reads strings a character at a time, and a large site's
     * pages and files are mostly text.)
     */
    private <T> Entry<T> read(Path folder, String key, Class<T> type) {
        Path file = entry(folder, key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            unreadable.increment();
            return null;
        }
        try {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            int count = buffer.getInt();
            if (count < 0 || count > 8) {
                throw new IOException("not an entry");
            }
            String[] texts = new String[count];
            for (int i = 0; i < count; i++) {
                int length = buffer.getInt();
                texts[i] = new String(bytes, buffer.position(), length, java.nio.charset.StandardCharsets.UTF_8);
                buffer.position(buffer.position() + length);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes, buffer.position(), buffer.remaining()))) {
                in.setObjectInputFilter(ONLY_OURS);
                Object value = in.readObject();
                if (!type.isInstance(value)) {
                    throw new IOException("not an entry of this kind");
                }
                return new Entry<>(type.cast(value), texts);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // Cut short, or written by a build whose records differ (InvalidClassException), or refused by the filter.
            unreadable.increment();
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // made again and written over below
            }
            return null;
        }
    }

    private void write(Path folder, String key, Serializable value, String... texts) {
        used.add(key);
        Path file = entry(folder, key);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            java.io.DataOutputStream data = new java.io.DataOutputStream(bytes);
            data.writeInt(texts.length);
            for (String text : texts) {
                byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                data.writeInt(utf8.length);
                data.write(utf8);
            }
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            writeWhole(file, bytes.toByteArray());
        } catch (java.io.NotSerializableException | InvalidClassException e) {
            throw new IllegalStateException("the bake cache cannot keep " + value.getClass().getName(), e);
        } catch (IOException | RuntimeException e) {
            // Not kept (a full disk, a folder that cannot be written): the next bake makes it again.
        }
    }

    /** Whole or not at all: a bake stopped half way, or another bake beside it, never leaves half a file here. */
    private static void writeWhole(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path making = file.resolveSibling(file.getFileName() + ".making-" + Thread.currentThread().getId());
        Files.write(making, bytes);
        Files.move(making, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void forgetUnused(Path folder) {
        // Listed by name only, with no look at each file (a large site's cache has tens of thousands).
        try (java.nio.file.DirectoryStream<Path> shards = Files.newDirectoryStream(folder)) {
            for (Path shard : shards) {
                try (java.nio.file.DirectoryStream<Path> names = Files.newDirectoryStream(shard)) {
                    for (Path file : names) {
                        if (!used.contains(file.getFileName().toString())) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            }
        } catch (IOException ignored) {
            // left for the next bake (a folder that is not there yet has nothing to forget)
        }
    }
}
