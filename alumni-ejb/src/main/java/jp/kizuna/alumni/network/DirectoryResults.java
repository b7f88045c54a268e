package jp.kizuna.alumni.network;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Directory results of one server, each valid for the directory version it was computed at. The
 * version is read from the database before the search (it is bumped in the same transaction as any
 * change the directory shows, and never repeats: see migration V51), so a result is only reused by
 * a search that saw the very same state of the directory: a withdrawn consent or a hidden field is
 * never served from here. Another version starts an empty generation; the results of the one before
 * are dropped whole.
 */
final class DirectoryResults {

    private record Generation(long version, Map<Object, Object> results) {
    }

    private final int capacity;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(Long.MIN_VALUE, Map.of()));

    DirectoryResults(int capacity) {
        this.capacity = capacity;
    }

    /** The result for the key at this version: reused when known, else computed and kept. */
    @SuppressWarnings("unchecked")
    <T> T get(long version, Object key, Supplier<T> search) {
        Generation generation = current.get();
        if (generation.version() == version) {
            Object known = generation.results().get(key);
            if (known != null) {
                return (T) known;
            }
        }
        T result = search.get();
        keep(version, key, result);
        return result;
    }

    private void keep(long version, Object key, Object result) {
        while (true) {
            Generation generation = current.get();
            if (generation.version() == version && generation.results().size() < capacity) {
                generation.results().put(key, result);
                return;
            }
            // Another version (newer, or older while searches overlap a change: the generation is
            // replaced, never mixed), or a full generation: then the least recent searches go too.
            Generation fresh = new Generation(version, new ConcurrentHashMap<>());
            fresh.results().put(key, result);
            if (current.compareAndSet(generation, fresh)) {
                return;
            }
        }
    }

    int size() {
        return current.get().results().size();
    }
}
