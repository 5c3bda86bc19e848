package org.socialcarefuture.northstar.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.socialcarefuture.northstar.store.CacheFiles;
import org.socialcarefuture.northstar.site.StableDigest;

/**
 * The bake's memory across runs, in {@code target/.north-star-cache/bake-site/}: each page as rendered from its
 * Markdown (with what the writing checks found), and each site file as rendered from its data (with what the
 * accessibility gate found), kept under a digest of everything it was made from (see {@link StableDigest}): the
 * page's whole file or the file's data, the site settings, the writing settings, the theme's files and this build of
 * North Star. A bake in a new JVM, on a laptop or in CI with the folder restored, makes again only what an edit changed.
 *
 * <p>What is kept is exactly what making it again would give (BakeCacheIT compares a bake that used the cache with
 * a clean one, byte for byte, after a series of edits). Entries are kept in a few pack files (see {@link PackStore}),
 * written and read by their records' declared types (see {@link RecordCodec}): the bytes name no class, so a damaged
 * or tampered cache can only fail to read, and what fails to read is made again. After a published bake, entries it
 * did not use are dropped, so the folder holds about one site's worth.
 */
public final class BakeCache implements Reuse {

    /** A page as the Markdown step made it, less the page's own file (the key says which it is). */
    record StoredPage(RenderedPage rendered, Report.ReadabilityRow readability, List<Problem> problems, Map<String, String> uses) {
    }

    /** A site file as written: what the gate found in it (null for a file the gate does not read), and its text. */
    record StoredFile(Gate.Checked checked, String text) {
    }

    /**
     * A file of the published site as the last bake left it: the entry it was made from (equal keys, equal text), and
     * its size and time on disk then.
     */
    private record Published(String key, long bytes, long modified) {
    }

    private final PackStore store;
    /** The site the last bake published, where its unchanged files' bytes are taken from (see {@link #file}). */
    private final Path site;
    private final Path manifest;
    private final Map<String, Published> lastSite;
    /** Each site file this bake made or took, with its entry's key, for the next bake's manifest. */
    private final Map<String, String> thisSite = new ConcurrentHashMap<>();
    /** The keys looked up for pages, so a page rendered after a miss is kept under the same without digesting it again. */
    private final Map<String, String> pageKeys = new ConcurrentHashMap<>();
    private final String code;
    private final String pageInputs;
    private final String fileInputs;
    private final LinkTable links;
    private final StableDigest digests = new StableDigest();
    /** Every entry this bake used or made: after publishing, the rest are dropped. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final LongAdder pagesReused = new LongAdder();
    private final LongAdder filesReused = new LongAdder();
    private final LongAdder unreadable = new LongAdder();
    private volatile boolean finished;

    /**
     * @param folder         {@code target/.north-star-cache/bake-site}
     * @param code           this build of North Star (see {@link #codeFingerprint})
     * @param markdownInputs everything besides its own file that a page's rendering depends on (site and writing settings)
     * @param theme          the merged theme folder the files are rendered with
     * @param links          what pages' links are resolved against this bake
     * @param site           the output folder: the last published site, whose unchanged files are linked, not written again
     */
    public BakeCache(Path folder, String code, Object markdownInputs, Path theme, LinkTable links, Path site) throws IOException {
        this.store = new PackStore(folder);
        this.site = site;
        this.manifest = folder.resolve("site.tsv");
        this.lastSite = readManifest(manifest, code, site);
        this.code = code;
        this.pageInputs = StableDigest.once(List.of(code, markdownInputs));
        this.fileInputs = StableDigest.once(List.of(pageInputs, folderDigest(theme)));
        this.links = links;
    }

    @Override
    public BuildMemo.RenderedMarkdown page(Page page) {
        String key = pageKey(page);
        StoredPage stored = read(key, StoredPage.class);
        if (stored == null) {
            return null;
        }
        LinkUses uses = LinkUses.of(stored.uses());
        if (!uses.sameIn(links)) {
            return null;
        }
        used.add(key);
        pagesReused.increment();
        return new BuildMemo.RenderedMarkdown(page, stored.rendered(), stored.readability(), stored.problems(), uses);
    }

    @Override
    public void rendered(BuildMemo.RenderedMarkdown page) {
        if (page.uses() == null) {
            return; // a page that failed in a way nobody foresaw: made again next time, in case that was the machine
        }
        String key = pageKeys.containsKey(page.source().contentPath()) ? pageKeys.get(page.source().contentPath()) : pageKey(page.source());
        write(key, new StoredPage(page.rendered(), page.readability(), page.problems(), page.uses().answers()), StoredPage.class);
    }

    /** A page's key: its whole file as read, with its body (not kept in the digests' memory, which lasts the bake). */
    private String pageKey(Page page) {
        String key = StableDigest.once(List.of(pageInputs, page));
        pageKeys.put(page.contentPath(), key);
        return key;
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
        Path same = null;
        Published last = lastSite.get(output.path());
        if (last != null && last.key().equals(key)) {
            // The last site has this very file, if nobody changed it since (its size and time say so, as for make).
            Path there = org.socialcarefuture.northstar.publish.SiteOutput.inside(site, output.path());
            try {
                java.nio.file.attribute.BasicFileAttributes now = Files.readAttributes(there, java.nio.file.attribute.BasicFileAttributes.class);
                if (now.isRegularFile() && now.size() == last.bytes() && now.lastModifiedTime().toMillis() == last.modified()) {
                    same = there;
                }
            } catch (IOException e) {
                // gone: its text from the cache instead
            }
        }
        Known known;
        if (same != null) {
            Gate.Checked checked = readChecked((String) key); // its text is not needed: the site has it
            known = checked == MISSING ? null : new Known(checked, null, same);
        } else {
            StoredFile stored = read((String) key, StoredFile.class);
            known = stored == null ? null : new Known(stored.checked(), stored.text(), null);
        }
        if (known == null) {
            return null;
        }
        used.add((String) key);
        thisSite.put(output.path(), (String) key);
        filesReused.increment();
        return known;
    }

    /** Stands for "no such entry" where null means "the gate does not read this file". */
    private static final Gate.Checked MISSING = new Gate.Checked(List.of(), List.of(), Set.of(), List.of());

    /**
     * Only what the gate found in a kept file, without decoding its text: a StoredFile is written as its presence, then
     * its components in order (see RecordCodec), so the first component can be read alone.
     */
    private Gate.Checked readChecked(String key) {
        byte[] bytes = store.get(key);
        if (bytes == null) {
            return MISSING;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!in.readBoolean()) {
                throw new IOException("damaged: no entry");
            }
            return (Gate.Checked) RecordCodec.read(in, Gate.Checked.class);
        } catch (IOException | RuntimeException e) {
            unreadable.increment();
            return MISSING;
        }
    }

    @Override
    public void written(OutputPage output, Object key, String text, Gate.Checked checked) {
        write((String) key, new StoredFile(checked, text), StoredFile.class);
        thisSite.put(output.path(), (String) key);
    }

    @Override
    public void published(Set<String> files) {
        writeManifest(files);
        finished = true;
        store.finish(used);
    }

    @Override
    public void finished() {
        if (!finished) {
            finished = true;
            store.finish(null); // a failed bake: what it made is still good, and what was kept before stays
        }
    }

    @Override
    public String reuse() {
        return pagesReused.sum() + " pages and " + filesReused.sum() + " files from the cache"
                + (unreadable.sum() + store.damaged() > 0 ? " (" + (unreadable.sum() + store.damaged()) + " unreadable entries made again)" : "");
    }

    private <T> T read(String key, Class<T> type) {
        byte[] bytes = store.get(key);
        if (bytes == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            Object value = RecordCodec.read(in, type);
            if (value == null || in.available() != 0) {
                throw new IOException("damaged: not one whole entry");
            }
            return type.cast(value);
        } catch (IOException | RuntimeException e) {
            unreadable.increment();
            return null;
        }
    }

    private void write(String key, Object value, Class<?> type) {
        used.add(key);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            RecordCodec.write(out, value, type);
        } catch (IOException e) {
            throw new IllegalStateException(e); // in memory: cannot happen
        }
        store.put(key, bytes.toByteArray());
    }

    /**
     * The published site's files made through the cache, with their texts' digests and their sizes and times on disk,
     * for the next bake: a file whose text is the same, and which nobody has touched since, is linked from there.
     */
    private void writeManifest(Set<String> files) {
        StringBuilder lines = new StringBuilder(files.size() * 120).append(code).append('\t').append(folderIdentity(site)).append('\n');
        for (String path : files) {
            if (!thisSite.containsKey(path)) {
                lines.append(path).append("\t-\t-1\t-1\n"); // in the site, but not made through the cache: never linked
            }
        }
        thisSite.forEach((path, key) -> {
            try {
                java.nio.file.attribute.BasicFileAttributes now = Files.readAttributes(org.socialcarefuture.northstar.publish.SiteOutput.inside(site, path),
                        java.nio.file.attribute.BasicFileAttributes.class);
                lines.append(path).append('\t').append(key).append('\t').append(now.size()).append('\t')
                        .append(now.lastModifiedTime().toMillis()).append('\n');
            } catch (IOException e) {
                // not in the site after all: never linked
            }
        });
        try {
            CacheFiles.writeWhole(manifest, lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(manifest); // an old one no longer describes the site
            } catch (IOException ignored) {
                // the next bake checks each file's size and time all the same
            }
        }
    }

    /**
     * Which folder the output is, as the system knows it: a bake that swaps a whole new site in (the first, or one with
     * --no-cache) makes a new folder, so a manifest written for the old one is never taken to describe it.
     */
    private static String folderIdentity(Path folder) {
        try {
            java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(folder, java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.fileKey() + "/" + attributes.creationTime().toMillis();
        } catch (IOException e) {
            return "none";
        }
    }

    /** Every file the last published bake left in the output folder, when this cache knows them exactly; else null. */
    public Set<String> lastSiteFiles() {
        return lastSite.isEmpty() ? null : lastSite.keySet();
    }

    private static Map<String, Published> readManifest(Path manifest, String code, Path site) {
        Map<String, Published> files = new java.util.HashMap<>();
        try {
            List<String> lines = Files.readAllLines(manifest);
            if (lines.isEmpty() || !lines.get(0).equals(code + "\t" + folderIdentity(site))) {
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

    /**
     * This build of North Star, by what it is made of, not when: CI builds the jar afresh on every run, and the same
     * code must find what the last run kept. {@code remembered}: where the jar's fingerprint is kept while the jar is
     * the same file (same place, size and time). For the jar (or the Maven plugin's jar), each entry's name, size and CRC
     * from its directory (no entry is read); for a classes folder (tests, an IDE), every class file's bytes and the
     * class path's jars by name.
     */
    public static String codeFingerprint(String version, Path remembered) {
        try {
            Path code = Path.of(BakeCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.util.TreeMap<String, String> parts = new java.util.TreeMap<>();
            if (Files.isRegularFile(code)) {
                // Worked out once per jar, as it lies on disk: listing the jar's 15,000 entries each bake cost a small
                // site a tenth of its time.
                String jarOnDisk = version + "\t" + code.toAbsolutePath() + "\t" + Files.size(code) + "\t"
                        + Files.getLastModifiedTime(code).toMillis();
                List<String> known = Files.isRegularFile(remembered) ? Files.readAllLines(remembered) : List.of();
                if (known.size() == 2 && known.get(0).equals(jarOnDisk)) {
                    return known.get(1);
                }
                try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(code.toFile())) {
                    jar.stream().forEach(entry -> parts.put(entry.getName(), entry.getSize() + ":" + entry.getCrc()));
                }
                String fingerprint = version + ";" + StableDigest.once(parts);
                CacheFiles.writeWhole(remembered, (jarOnDisk + "\n" + fingerprint + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return fingerprint;
            } else {
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
                        parts.put(code.relativize(file).toString(), CacheFiles.sha256Hex(Files.readAllBytes(file)));
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
                        CacheFiles.sha256Hex(Files.readAllBytes(file)));
            }
        }
        return StableDigest.once(files);
    }
}
