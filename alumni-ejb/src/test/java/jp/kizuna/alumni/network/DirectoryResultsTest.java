package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Directory results in an Infinispan local cache configured like the server's {@code alumni/directory}
 * (configure.cli): the same Infinispan WildFly ships, so the waiting of concurrent searches is
 * Infinispan's own, not this test's.
 */
class DirectoryResultsTest {

    private static DefaultCacheManager caches;
    private Cache<Object, Object> cache;
    private DirectoryResults results;
    private final AtomicInteger searches = new AtomicInteger();

    @BeforeAll
    static void startCaches() {
        caches = new DefaultCacheManager(
                new GlobalConfigurationBuilder().nonClusteredDefault().build());
        caches.defineConfiguration(
                "directory",
                new ConfigurationBuilder()
                        .statistics()
                        .enable()
                        .memory()
                        .maxCount(4000)
                        .expiration()
                        .lifespan(10, TimeUnit.MINUTES)
                        .build());
    }

    @AfterAll
    static void stopCaches() {
        caches.stop();
    }

    @BeforeEach
    void emptyCache() {
        cache = caches.getCache("directory");
        cache.clear();
        cache.getAdvancedCache().getStats().reset();
        results = new DirectoryResults(cache);
    }

    private String search(long version, String key) {
        return results.get(version, key, () -> key + "@" + version + "#" + searches.incrementAndGet());
    }

    @Test
    void aResultIsReusedOnlyAtTheVersionItWasComputedAt() {
        assertEquals("a@7#1", search(7, "a"));
        assertEquals("a@7#1", search(7, "a"), "same version: no new search");
        assertEquals("b@7#2", search(7, "b"));
        assertEquals("a@8#3", search(8, "a"), "after a change the database is read again");
        assertEquals("b@8#4", search(8, "b"), "no result of version 7 is served at version 8");
        assertEquals(4, searches.get());
        assertEquals(1, cache.getAdvancedCache().getStats().getHits(), "a reuse is a hit in the cache's statistics");
        assertEquals(4, cache.getAdvancedCache().getStats().getMisses());
    }

    @Test
    void searchesOverlappingAChangeNeverMixTheirResultsIntoTheOtherVersion() {
        search(8, "a");
        // A search that read version 7 before the change finishes after one that read 8.
        assertEquals("a@7#2", search(7, "a"));
        assertEquals("a@8#1", search(8, "a"), "version 8 is not answered with version 7's result");
    }

    @Test
    void searchesForTheSameKeyAtTheSameTimeAskTheDatabaseOnce() throws Exception {
        CountDownLatch searching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> results.get(5, "a", () -> {
            searching.countDown();
            await(release);
            return "a#" + searches.incrementAndGet();
        }));
        assertTrue(searching.await(10, TimeUnit.SECONDS));
        List<Thread> others = new ArrayList<>();
        List<String> found = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            Thread other = new Thread(() -> found.add(search(5, "a")), "same-search-" + i);
            others.add(other);
            other.start();
        }
        // Each of them is parked inside DirectoryResults.get, on the key's lock, while the first
        // search still runs: they wait for it rather than searching themselves.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!others.stream().allMatch(DirectoryResultsTest::waitingInGet)) {
            assertTrue(System.nanoTime() < deadline, "the other searches wait for the first one");
            Thread.onSpinWait();
        }
        assertEquals(0, searches.get(), "nothing was searched before the release");
        release.countDown();
        assertEquals("a#1", first.get(10, TimeUnit.SECONDS));
        for (Thread other : others) {
            other.join(10_000);
        }
        assertEquals(List.of("a#1", "a#1", "a#1"), found);
        assertEquals(1, searches.get());
    }

    @Test
    void aFailedSearchIsNotKept() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> results.get(3, "a", () -> {
                    throw new IllegalStateException("database gone");
                }));
        assertEquals("database gone", failure.getMessage(), "the search's own failure reaches its caller");
        assertEquals("a@3#1", search(3, "a"));
    }

    private static boolean waitingInGet(Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && Arrays.stream(thread.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().equals(DirectoryResults.class.getName())
                                && frame.getMethodName().equals("get"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
