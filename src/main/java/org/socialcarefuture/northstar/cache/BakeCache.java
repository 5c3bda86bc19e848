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

    /** A page as the Markdown step made it, less the page itself (the key says which it is). */
    record StoredPage(RenderedPage rendered, Report.ReadabilityRow readability, List<Problem> problems, LinkUses uses)
            implements Serializable {
    }

    /** A site file as written, with what the gate found in it (null for a file the gate does not read). */
    record StoredFile(Gate.Checked checked, String text) implements Serializable {
    }

    /** Only this program's records and the JDK's plain values: never a class a tampered file names. */
    private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;maxrefs=2000000;org.socialcarefuture.northstar.**;java.lang.*;java.util.*;java.time.*;!*");

    private final Path pagesFolder;
    private final Path filesFolder;
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
     */
    public BakeCache(Path folder, String code, Object markdownInputs, Path theme, LinkTable links) throws IOException {
        this.pagesFolder = folder.resolve("pages");
        this.filesFolder = folder.resolve("files");
        this.pageInputs = StableDigest.once(List.of(code, markdownInputs));
        this.fileInputs = StableDigest.once(List.of(pageInputs, folderDigest(theme)));
        this.links = links;
    }

    @Override
    public BuildMemo.RenderedMarkdown page(Page page) {
        String key = StableDigest.once(List.of(pageInputs, page)); // a page with its body: not kept in the digests' memory
        StoredPage stored = read(pagesFolder, key, StoredPage.class);
        if (stored == null || !stored.uses().sameIn(links)) {
            return null;
        }
        used.add(key);
        pagesReused.increment();
        return new BuildMemo.RenderedMarkdown(page, stored.rendered(), stored.readability(), stored.problems(), stored.uses());
    }

    @Override
    public void rendered(BuildMemo.RenderedMarkdown page) {
        if (page.uses() == null) {
            return; // a page that failed in a way nobody foresaw: made again next time, in case that was the machine
        }
        String key = StableDigest.once(List.of(pageInputs, page.source()));
        write(pagesFolder, key, new StoredPage(page.rendered(), page.readability(), page.problems(), page.uses()));
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
        StoredFile stored = read(filesFolder, (String) key, StoredFile.class);
        if (stored == null) {
            return null;
        }
        used.add((String) key);
        filesReused.increment();
        return new Known(stored.checked(), stored.text());
    }

    @Override
    public void written(OutputPage output, Object key, String text, Gate.Checked checked) {
        write(filesFolder, (String) key, new StoredFile(checked, text));
    }

    @Override
    public void published(Set<String> site) {
        forgetUnused(pagesFolder);
        forgetUnused(filesFolder);
    }

    @Override
    public String reuse() {
        return pagesReused.sum() + " pages and " + filesReused.sum() + " files from the cache"
                + (unreadable.sum() > 0 ? " (" + unreadable.sum() + " unreadable entries made again)" : "");
    }

    /** This build of North Star: its version, and when and how big its jar (or classes folder) is. */
    public static String codeFingerprint(String version) {
        try {
            Path code = Path.of(BakeCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + ";" + Files.size(code) + ";" + Files.getLastModifiedTime(code).toMillis();
            }
            try (Stream<Path> walk = Files.walk(code)) {
                long[] newestAndCount = {0, 0};
                walk.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                    try {
                        newestAndCount[0] = Math.max(newestAndCount[0], Files.getLastModifiedTime(p).toMillis());
                        newestAndCount[1]++;
                    } catch (IOException e) {
                        newestAndCount[0] = System.nanoTime(); // unknown: nothing matches
                    }
                });
                return version + ";" + newestAndCount[1] + ";" + newestAndCount[0];
            }
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

    private <T> T read(Path folder, String key, Class<T> type) {
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
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_OURS);
            Object value = in.readObject();
            return type.isInstance(value) ? type.cast(value) : null;
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

    private void write(Path folder, String key, Serializable value) {
        used.add(key);
        Path file = entry(folder, key);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            Files.createDirectories(file.getParent());
            // Whole or not at all: a bake stopped half way, or another bake beside it, never leaves half an entry.
            Path making = file.resolveSibling(key + ".making-" + Thread.currentThread().getId());
            Files.write(making, bytes.toByteArray());
            Files.move(making, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Not kept: the next bake makes it again. (A value that cannot be written is a bug, but not the volunteer's.)
            if (e instanceof java.io.NotSerializableException || e instanceof InvalidClassException) {
                throw new IllegalStateException("the bake cache cannot keep " + value.getClass().getName(), e);
            }
        }
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
