package jp.kizuna.alumni.network;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    private record Generation(long version, Map<Object, CompletableFuture<Object>> results) {
    }

    private final int capacity;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(Long.MIN_VALUE, Map.of()));

    DirectoryResults(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The result for the key at this version: reused when known, else searched and kept. Searches for
     * the same key at the same time wait for the first one instead of all asking the database (after
     * each change every popular search misses at once).
     */
    @SuppressWarnings("unchecked")
    <T> T get(long version, Object key, Supplier<T> search) {
        Generation generation = generationOf(version);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> known = generation.results().putIfAbsent(key, mine);
        if (known != null) {
            try {
                return (T) known.join();
            } catch (CompletionException | CancellationException failed) {
                return search.get(); // the first search failed (it reports that itself): try on our own
            }
        }
        try {
            T result = search.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error failure) {
            generation.results().remove(key, mine);
            mine.completeExceptionally(failure);
            throw failure;
        }
    }

    /**
     * The generation of this version; another version (newer, or older while searches overlap a
     * change) replaces the current one, never mixes with it. A full one starts afresh, so the least
     * recent searches go with the rest.
     */
    private Generation generationOf(long version) {
        while (true) {
            Generation generation = current.get();
            if (generation.version() == version && generation.results().size() < capacity) {
                return generation;
            }
            Generation fresh = new Generation(version, new ConcurrentHashMap<>());
            if (current.compareAndSet(generation, fresh)) {
                return fresh;
            }
        }
    }

    int size() {
        return current.get().results().size();
    }
}
