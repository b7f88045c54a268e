package jp.kizuna.alumni.network;

import java.util.function.Supplier;
import org.infinispan.Cache;

/**
 * Directory results in the server's cache {@code alumni/directory} (configure.cli), each valid for
 * the directory version it was computed at. The version is read from the database before the search
 * (it is bumped in the same transaction as any change the directory shows, and never repeats: see
 * migration V51) and is part of the key, so a result is only reused by a search that saw the very
 * same state of the directory, on whichever node it was computed: a withdrawn consent or a hidden
 * field is never served from here, and a change made through another node of a cluster misses here
 * on the next search. Entries of older versions are never read again; the cache's size and lifespan
 * let them go.
 */
final class DirectoryResults {

    /** A search's key at the version of the directory it read. */
    record Key(long version, Object search) {}

    private final Cache<Object, Object> cache;

    DirectoryResults(Cache<Object, Object> cache) {
        this.cache = cache;
    }

    /**
     * The result for the key at this version: reused when known, else searched and kept. Searches for
     * the same key at the same time wait for the first one instead of all asking the database (after
     * each change every popular search misses at once): Infinispan computes an absent entry under the
     * key's lock, and a search that waited on the lock finds the entry there.
     */
    @SuppressWarnings("unchecked")
    <T> T get(long version, Object key, Supplier<T> search) {
        Key versioned = new Key(version, key);
        // A plain read first: it is what the cache's hits and misses count (computeIfAbsent counts
        // neither), so operators see how often results are reused.
        Object known = cache.get(versioned);
        if (known != null) {
            return (T) known;
        }
        Thread caller = Thread.currentThread();
        RuntimeException[] failed = new RuntimeException[1];
        try {
            return (T) cache.computeIfAbsent(versioned, k -> {
                if (Thread.currentThread() != caller) {
                    // Infinispan may go on with a waiting call on the thread that released the lock
                    // (after the first search failed): a search runs only on its caller's thread,
                    // with its caller's persistence context.
                    throw new IllegalStateException("Directory search continued on another thread");
                }
                try {
                    return search.get();
                } catch (RuntimeException failure) {
                    failed[0] = failure;
                    throw failure;
                }
            });
        } catch (RuntimeException notKept) {
            if (failed[0] != null) {
                throw failed[0]; // our own search failed: nothing was kept
            }
            // The wait for another search ended without a result (it failed, or outlasted the
            // lock's acquire timeout): search on our own.
            T result = search.get();
            cache.putIfAbsent(versioned, result);
            return result;
        }
    }
}
