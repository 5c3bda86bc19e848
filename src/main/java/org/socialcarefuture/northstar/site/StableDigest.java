package org.socialcarefuture.northstar.site;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.store.CacheFiles;

/**
 * A SHA-256 of a value made of records, lists, maps, strings, numbers, dates and enums, the same in every run
 * of every JVM (unlike {@code hashCode}, which is 32 bits and, for an enum, differs from run to run). The bake's
 * cache keys what it kept by this: equal values, equal digest; different values, a different digest.
 *
 * <p>A value of any other kind (a function, a stream, a class of its own) has no stable digest: {@link #of}
 * throws {@link Undigestable}, and the caller keeps nothing for it rather than risk a wrong match.
 * Maps and sets that keep no order are digested in the order of their entries' digests, so two equal ones match
 * however they were filled.
 */
public final class StableDigest {

    /** A value with a part that has no stable digest (see the class comment). */
    public static final class Undigestable extends RuntimeException {
        Undigestable(Object value) {
            super("no stable digest for a " + value.getClass().getName(), null, false, false);
        }
    }

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    /**
     * Digests of pages already walked, by identity: a site's pages turn up in many files' inputs (as neighbours,
     * related items, list entries), and each is walked once.
     */
    private final Map<Object, byte[]> pages = new IdentityHashMap<>();

    /** The digest of {@code value} as 64 hex digits. */
    public String of(Object value) {
        return HexFormat.of().formatHex(bytes(value));
    }

    /** The digest of {@code value}, with no memory of pages (for a one-off key). */
    public static String once(Object value) {
        return new StableDigest().of(value);
    }

    private byte[] bytes(Object value) {
        MessageDigest digest = sha256();
        feed(digest, value);
        return digest.digest();
    }

    private void feed(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update((byte) 0);
        } else if (value instanceof String text) {
            digest.update((byte) 's');
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            length(digest, utf8.length);
            digest.update(utf8);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            tagged(digest, 'n', value.getClass().getSimpleName() + ":" + value);
        } else if (value instanceof Enum<?> constant) {
            tagged(digest, 'e', constant.getDeclaringClass().getName() + "." + constant.name());
        } else if (value instanceof java.util.regex.Pattern pattern) {
            tagged(digest, 'x', pattern.flags() + "/" + pattern.pattern());
        } else if (value instanceof java.util.Date date) { // what SnakeYAML makes of a timestamp in a settings file
            tagged(digest, 'd', Long.toString(date.getTime()));
        } else if (value instanceof byte[] bytes) { // and of !!binary
            digest.update((byte) 'b');
            length(digest, bytes.length);
            digest.update(bytes);
        } else if (value instanceof TemporalAccessor || value instanceof java.time.ZoneId) {
            tagged(digest, 't', value.getClass().getSimpleName() + ":" + value);
        } else if (value instanceof Page || value instanceof RenderedPage) {
            digest.update((byte) 'p');
            digest.update(page(value));
        } else if (value instanceof Record record) {
            walkRecord(digest, record);
        } else if (value instanceof Optional<?> optional) {
            digest.update((byte) 'o');
            feed(digest, optional.orElse(null));
        } else if (value instanceof List<?> list) {
            digest.update((byte) 'l');
            length(digest, list.size());
            for (Object item : list) {
                feed(digest, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            digest.update((byte) 'm');
            length(digest, map.size());
            if (map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>) {
                map.forEach((key, item) -> {
                    feed(digest, key);
                    feed(digest, item);
                });
            } else {
                List<byte[]> entries = new ArrayList<>(map.size());
                map.forEach((key, item) -> entries.add(bytes(Arrays.asList(key, item))));
                sortedInto(digest, entries);
            }
        } else if (value instanceof Collection<?> set) {
            digest.update((byte) 'c');
            length(digest, set.size());
            List<byte[]> items = new ArrayList<>(set.size());
            set.forEach(item -> items.add(bytes(item)));
            sortedInto(digest, items);
        } else {
            throw new Undigestable(value);
        }
    }

    private byte[] page(Object page) {
        synchronized (pages) {
            byte[] known = pages.get(page);
            if (known != null) {
                return known;
            }
        }
        MessageDigest digest = sha256();
        walkRecord(digest, (Record) page);
        byte[] made = digest.digest();
        synchronized (pages) {
            pages.put(page, made);
        }
        return made;
    }

    private void walkRecord(MessageDigest digest, Record record) {
        tagged(digest, 'r', record.getClass().getName());
        RecordComponent[] components = COMPONENTS.computeIfAbsent(record.getClass(), type -> {
            RecordComponent[] found = type.getRecordComponents();
            for (RecordComponent component : found) {
                component.getAccessor().setAccessible(true);
            }
            return found;
        });
        for (RecordComponent component : components) {
            try {
                feed(digest, component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new Undigestable(record);
            }
        }
    }

    private static void sortedInto(MessageDigest digest, List<byte[]> parts) {
        parts.sort(Arrays::compare);
        parts.forEach(digest::update);
    }

    private static void tagged(MessageDigest digest, char tag, String text) {
        digest.update((byte) tag);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        length(digest, utf8.length);
        digest.update(utf8);
    }

    private static void length(MessageDigest digest, int length) {
        digest.update((byte) (length >>> 24));
        digest.update((byte) (length >>> 16));
        digest.update((byte) (length >>> 8));
        digest.update((byte) length);
    }

    private static MessageDigest sha256() {
        return CacheFiles.sha256();
    }
}
