package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DirectoryResultsTest {

    private final DirectoryResults results = new DirectoryResults(3);
    private final AtomicInteger searches = new AtomicInteger();

    private String search(long version, String key) {
        return results.get(version, key, () -> key + "@" + version + "#" + searches.incrementAndGet());
    }

    @Test
    void aResultIsReusedOnlyAtTheVersionItWasComputedAt() {
        assertEquals("a@7#1", search(7, "a"));
        assertEquals("a@7#1", search(7, "a"), "same version: no new search");
        assertEquals("b@7#2", search(7, "b"));
        assertEquals("a@8#3", search(8, "a"), "after a change the database is read again");
        assertEquals("b@8#4", search(8, "b"), "the whole generation of version 7 is gone");
        assertEquals(4, searches.get());
    }

    @Test
    void searchesOverlappingAChangeNeverMixTheirResultsIntoTheOtherVersion() {
        search(8, "a");
        // A search that read version 7 before the change finishes after one that read 8.
        assertEquals("a@7#2", search(7, "a"));
        assertEquals("a@8#3", search(8, "a"), "version 8 is not answered with version 7's result");
        assertEquals("a@8#3", search(8, "a"));
    }

    @Test
    void aFullGenerationStartsAfresh() {
        search(1, "a");
        search(1, "b");
        search(1, "c");
        assertEquals(3, results.size());
        search(1, "d");
        assertEquals(1, results.size());
        assertEquals("d@1#4", search(1, "d"));
        assertEquals("a@1#5", search(1, "a"));
    }

    @Test
    void searchesForTheSameKeyAtTheSameTimeAskTheDatabaseOnce() throws Exception {
        CountDownLatch searching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> results.get(5, "a", () -> {
                searching.countDown();
                await(release);
                return "a#" + searches.incrementAndGet();
            }));
            assertTrue(searching.await(10, TimeUnit.SECONDS));
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(pool.submit(() -> search(5, "a")));
            }
            Thread.sleep(100);
            release.countDown();
            assertEquals("a#1", first.get(10, TimeUnit.SECONDS));
            for (Future<String> other : others) {
                assertEquals("a#1", other.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, searches.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedSearchIsNotKept() {
        assertThrows(IllegalStateException.class, () -> results.get(3, "a", () -> {
            throw new IllegalStateException("database gone");
        }));
        assertEquals("a@3#1", search(3, "a"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
