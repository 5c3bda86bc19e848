package org.socialcarefuture.northstar.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

import org.socialcarefuture.northstar.store.CacheFiles;

/**
 * Entries that never change once written (each is kept under a digest of what it was made from), in a few large
 * files instead of one file each: a bake of 10,000 posts keeps about 26,000, and creating and deleting that many
 * small files took longer on our build machine than rendering them. Each bake appends what it makes to a pack file
 * of its own; an index names, for each key, its pack, place, length and CRC-32C (a damaged entry reads as missing,
 * and is made again).
 *
 * <p>The index is replaced whole at the end of a bake, so a bake that stops half way leaves the last index, and the
 * tail it appended is unreferenced (deleted by the next bake that finishes). After a published bake only the entries
 * it used stay in the index, and when the packs hold more than twice what the index still uses, the live entries are
 * copied into one new pack and the old packs deleted.
 */
final class PackStore {

    private static final String FORMAT = "north-star pack index 1";

    /** Where one entry lies. */
    private record Place(String pack, long offset, int length, int crc) {
    }

    private final Path folder;
    private final Path index;
    private final Map<String, Place> known;
    private final Map<String, Place> made = new ConcurrentHashMap<>();
    private final Map<String, FileChannel> open = new ConcurrentHashMap<>();
    private final String pack;
    private FileChannel appending;
    private final AtomicLong end = new AtomicLong();
    private final java.util.concurrent.atomic.LongAdder damaged = new java.util.concurrent.atomic.LongAdder();

    PackStore(Path folder) {
        this.folder = folder;
        this.index = folder.resolve("index.tsv");
        this.known = readIndex(index);
        this.pack = newPackName("");
    }

    private static final AtomicLong STORES = new AtomicLong();

    /** A name no other pack has: the time, this process and a count (two bakes in one JVM within a millisecond). */
    private static String newPackName(String kind) {
        return "pack-" + System.currentTimeMillis() + "-" + ProcessHandle.current().pid() + "-" + STORES.incrementAndGet() + kind + ".bin";
    }

    /** The entry's bytes, or null when there is none or it is damaged. */
    byte[] get(String key) {
        Place place = made.get(key);
        if (place == null) {
            place = known.get(key);
        }
        if (place == null) {
            return null;
        }
        try {
            FileChannel channel = open.computeIfAbsent(place.pack(), name -> {
                try {
                    return FileChannel.open(folder.resolve(name), StandardOpenOption.READ);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            ByteBuffer buffer = ByteBuffer.allocate(place.length());
            long at = place.offset();
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, at + buffer.position());
                if (read < 0) {
                    damaged.increment(); // cut short
                    return null;
                }
            }
            byte[] bytes = buffer.array();
            if (crc(bytes) != place.crc()) {
                damaged.increment();
                return null;
            }
            return bytes;
        } catch (IOException | java.io.UncheckedIOException e) {
            damaged.increment();
            return null;
        }
    }

    /** How many entries were found damaged (and read as missing). */
    long damaged() {
        return damaged.sum();
    }

    /** Keeps an entry (thread-safe); a failure to write only means it is made again next time. */
    void put(String key, byte[] bytes) {
        try {
            FileChannel channel = appendingChannel();
            long offset = end.getAndAdd(bytes.length);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer, offset + buffer.position());
            }
            made.put(key, new Place(pack, offset, bytes.length, crc(bytes)));
        } catch (IOException e) {
            // not kept
        }
    }

    private synchronized FileChannel appendingChannel() throws IOException {
        if (appending == null) {
            Files.createDirectories(folder);
            appending = FileChannel.open(folder.resolve(pack), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        }
        return appending;
    }

    /**
     * Ends the bake's use of the store: the new index holds {@code keep} (after a published bake: what it used and
     * made), or, when null, everything known before and made now (a failed bake: what it made is still good).
     */
    void finish(Set<String> keep) {
        Map<String, Place> next = new HashMap<>();
        if (keep == null) {
            next.putAll(known);
            next.putAll(made);
        } else {
            for (String key : keep) {
                Place place = made.containsKey(key) ? made.get(key) : known.get(key);
                if (place != null) {
                    next.put(key, place);
                }
            }
        }
        try {
            if (keep != null && worthCompacting(next)) {
                next = compact(next);
            }
            writeIndex(next);
            deleteUnreferencedPacks(next);
        } catch (IOException e) {
            // the last index stays; what this bake appended is deleted by the next one that finishes
        } finally {
            closeAll();
        }
    }

    /** Whether the packs hold more than twice what is still used (and enough for copying to be worth it). */
    private boolean worthCompacting(Map<String, Place> live) throws IOException {
        long used = live.values().stream().mapToLong(Place::length).sum();
        long total = 0;
        for (String name : packs()) {
            total += Files.size(folder.resolve(name));
        }
        return total > 2 * used + 16L * 1024 * 1024;
    }

    private Map<String, Place> compact(Map<String, Place> live) throws IOException {
        String into = newPackName("-compacted");
        Map<String, Place> moved = new HashMap<>();
        try (FileChannel out = FileChannel.open(folder.resolve(into), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long offset = 0;
            for (Map.Entry<String, Place> entry : live.entrySet()) {
                byte[] bytes = get(entry.getKey());
                if (bytes == null) {
                    continue; // damaged: made again next time
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                moved.put(entry.getKey(), new Place(into, offset, bytes.length, entry.getValue().crc()));
                offset += bytes.length;
            }
        }
        return moved;
    }

    private void writeIndex(Map<String, Place> places) throws IOException {
        StringBuilder text = new StringBuilder(places.size() * 110 + 64).append(FORMAT).append('\n');
        places.forEach((key, place) -> text.append(key).append('\t').append(place.pack()).append('\t').append(place.offset())
                .append('\t').append(place.length()).append('\t').append(place.crc()).append('\n'));
        CacheFiles.writeWhole(index, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void deleteUnreferencedPacks(Map<String, Place> places) throws IOException {
        Set<String> referenced = new java.util.HashSet<>();
        places.values().forEach(place -> referenced.add(place.pack()));
        closeAll();
        for (String name : packs()) {
            if (!referenced.contains(name)) {
                Files.deleteIfExists(folder.resolve(name));
            }
        }
    }

    private List<String> packs() throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (var list = Files.newDirectoryStream(folder, "pack-*.bin")) {
                list.forEach(file -> names.add(file.getFileName().toString()));
            }
        }
        return names;
    }

    private synchronized void closeAll() {
        for (FileChannel channel : open.values()) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read only
            }
        }
        open.clear();
        if (appending != null) {
            try {
                appending.close();
            } catch (IOException ignored) {
                // its entries are checked by their CRC when read
            }
            appending = null;
        }
    }

    private static Map<String, Place> readIndex(Path index) {
        Map<String, Place> places = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
                return places;
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] part = line.split("\t");
                if (part.length == 5 && part[1].matches("pack-[0-9a-z-]+\\.bin")) {
                    places.put(part[0], new Place(part[1], Long.parseLong(part[2]), Integer.parseInt(part[3]), Integer.parseInt(part[4])));
                }
            }
        } catch (IOException | RuntimeException e) {
            places.clear(); // none yet, or unreadable: everything is made again
        }
        return places;
    }

    private static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
