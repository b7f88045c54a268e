package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Directory results come from the server's Infinispan cache {@code alumni/directory} (configure.cli),
 * as an operator sees it in the management model (the runtime resource
 * /subsystem=infinispan/cache-container=alumni/cache=directory: its hits, writes and entries, read
 * here through the server's JMX view of that model), and a change reaches the next search. Runs on
 * every PostgreSQL configuration, single server and HA alike; H2 keeps no directory version, so
 * nothing is cached there and the test does not apply.
 */
class DirectoryCacheIT extends ServiceTest {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWith(DirectoryCacheIT.class, NetworkTestData.class);
    }

    @Inject
    NetworkTestData data;

    @Inject
    DirectorySearch directory;

    @Test
    void repeatedSearchesAreServedFromTheServersCacheUntilTheDirectoryChanges() throws Exception {
        Assumptions.assumeTrue(data.directoryVersion() != null, "H2 keeps no directory version: nothing is cached");
        String dept = "DC" + NetworkTestData.unique();
        AlumnusProfile first = data.member(null, dept, Set.of(ConsentPurpose.DIRECTORY), null);
        DirectoryCriteria inDept = new DirectoryCriteria(null, dept, null, null, null, null, null);

        Statistics before = Statistics.now();
        DirectoryPage searched = alumnus.call(() -> directory.search(inDept, 0, 20));
        Statistics afterFirst = Statistics.now();
        assertEquals(1, afterFirst.writes - before.writes, "the first search stores its page in the cache");
        assertEquals(0, afterFirst.hits - before.hits);

        DirectoryPage again = alumnus.call(() -> directory.search(inDept, 0, 20));
        Statistics afterSecond = Statistics.now();
        assertSame(searched, again, "the same search at the same version is the cached page");
        assertEquals(1, afterSecond.hits - afterFirst.hits, "the second search is a hit in the cache");
        assertEquals(0, afterSecond.writes - afterFirst.writes);
        assertTrue(afterSecond.entries >= 1, "the cache holds entries: " + afterSecond.entries);

        // A change (here a new member, committed in its own transaction) bumps the directory version:
        // the next search misses the cache and reads the database.
        AlumnusProfile second = data.member(null, dept, Set.of(ConsentPurpose.DIRECTORY), null);
        DirectoryPage changed = alumnus.call(() -> directory.search(inDept, 0, 20));
        Statistics afterChange = Statistics.now();
        assertNotSame(again, changed);
        assertEquals(Set.of(first.getId(), second.getId()), ids(changed), "the change is in the very next search");
        assertEquals(0, afterChange.hits - afterSecond.hits, "nothing of the old version was served");
        assertEquals(1, afterChange.writes - afterSecond.writes);

        // Facets the same way.
        DirectoryPage.Facets facets = alumnus.call(() -> directory.facets(inDept));
        assertEquals(2L, facets.departments().get(dept));
        assertSame(facets, alumnus.call(() -> directory.facets(inDept)));
        data.sql(
                "update consent_record set withdrawn_at = current_timestamp where employee_id = ?1 and purpose = 'DIRECTORY'",
                second.getPerson().getId());
        assertEquals(
                1L,
                alumnus.call(() -> directory.facets(inDept)).departments().get(dept),
                "a consent withdrawn with plain SQL reaches the next facets");
        assertEquals(
                List.of(first.getId()),
                ids(alumnus.call(() -> directory.search(inDept, 0, 20))).stream()
                        .toList());
    }

    private static Set<Long> ids(DirectoryPage page) {
        return page.entries().stream().map(DirectoryEntry::profileId).collect(Collectors.toSet());
    }

    /** The cache's runtime figures from the management model (jboss.as JMX domain). */
    private record Statistics(long hits, long writes, long entries) {

        static Statistics now() throws Exception {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName cache = new ObjectName("jboss.as:subsystem=infinispan,cache-container=alumni,cache=directory");
            return new Statistics(
                    number(server.getAttribute(cache, "hits")),
                    number(server.getAttribute(cache, "writes")),
                    number(server.getAttribute(cache, "numberOfEntries")));
        }

        private static long number(Object value) {
            return ((Number) value).longValue();
        }
    }
}
