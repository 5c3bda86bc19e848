package org.socialcarefuture.northstar.content;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.content.ContentLoader.KnownFile;

/**
 * The preview's memo of files: the last load's files with this one's few changes laid over them. A
 * watched preview's edit changes a file or two of thousands, and copying the rest each time would cost
 * more than the edit.
 */
final class KnownFiles extends AbstractMap<String, KnownFile> {
    private final Map<String, KnownFile> base;
    private final Map<String, KnownFile> changed = new HashMap<>();
    private final Set<String> removed = new HashSet<>();

    KnownFiles(Map<String, KnownFile> last) {
        if (last instanceof KnownFiles layered && layered.changed.size() + layered.removed.size() < 1_000) {
            base = layered.base; // one layer deep, however many builds: the changes so far move up
            changed.putAll(layered.changed);
            removed.addAll(layered.removed);
        } else {
            base = last instanceof KnownFiles layered ? Map.copyOf(layered) : last;
        }
    }

    @Override
    public KnownFile get(Object key) {
        KnownFile file = changed.get(key);
        return file != null ? file : removed.contains(key) ? null : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public KnownFile put(String key, KnownFile value) {
        removed.remove(key);
        KnownFile before = get(key);
        changed.put(key, value);
        return before;
    }

    @Override
    public KnownFile remove(Object key) {
        KnownFile before = get(key);
        changed.remove(key);
        removed.add((String) key);
        return before;
    }

    @Override
    public Set<Entry<String, KnownFile>> entrySet() {
        Map<String, KnownFile> all = new HashMap<>(base);
        all.keySet().removeAll(removed);
        all.putAll(changed);
        return Collections.unmodifiableMap(all).entrySet();
    }
}
