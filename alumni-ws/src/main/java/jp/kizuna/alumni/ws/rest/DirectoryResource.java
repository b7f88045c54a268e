package jp.kizuna.alumni.ws.rest;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.network.DirectoryCriteria;
import jp.kizuna.alumni.network.DirectoryEntry;
import jp.kizuna.alumni.network.DirectoryPage;
import jp.kizuna.alumni.network.DirectorySearch;
import jp.kizuna.alumni.network.Openness;
import org.infinispan.Cache;

/**
 * The alumni directory as JSON, for alumni and HR (roles enforced by {@link DirectorySearch}): the
 * same search, visibility rules and facets as the portal's directory page. Facet counts cost a
 * scan of the whole result, so they come only with {@code facets=true} (ask once per new search,
 * not for every page). {@code total} is exact up to 1,000; above, it is 1,000 with
 * {@code totalExact} false, and pages end there.
 */
@Path("/directory")
public class DirectoryResource {

    /**
     * The JSON of pages and facets the directory hands out again while nothing changes (it reuses
     * them until the next change): written once instead of for every request. Keyed by the page or
     * facets themselves, so equal content always has the same JSON, on any node; the server's cache
     * {@code alumni/directory-json} (configure.cli) sizes it and lets go of pages no longer asked for.
     */
    @Resource(lookup = "java:jboss/infinispan/cache/alumni/directory-json")
    private Cache<Object, String> written;

    @Inject
    private DirectorySearch directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String search(
            @QueryParam("text") String text,
            @QueryParam("department") String department,
            @QueryParam("minYears") Integer minYears,
            @QueryParam("maxYears") Integer maxYears,
            @QueryParam("skill") String skill,
            @QueryParam("region") String region,
            @QueryParam("openTo") String openTo,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("20") int max,
            @QueryParam("facets") @DefaultValue("false") boolean withFacets) {
        DirectoryCriteria criteria =
                new DirectoryCriteria(text, department, minYears, maxYears, skill, region, openness(openTo));
        DirectoryPage page = directory.search(criteria, first, max);
        StringBuilder json = new StringBuilder(4096)
                .append("{\"total\":")
                .append(page.total())
                .append(",\"totalExact\":")
                .append(page.totalExact())
                .append(",\"entries\":")
                .append(written.computeIfAbsent(page, key -> entries(page)));
        if (withFacets) {
            DirectoryPage.Facets facets = directory.facets(criteria);
            json.append(",\"facets\":").append(written.computeIfAbsent(facets, key -> facets(facets)));
        }
        return json.append('}').toString();
    }

    private static String entries(DirectoryPage page) {
        return Mapper.JSONB.toJson(page.entries().stream().map(Entry::of).toList());
    }

    private static String facets(DirectoryPage.Facets facets) {
        return Mapper.JSONB.toJson(Facets.of(facets));
    }

    /**
     * Created once, on first use: a Jsonb looks its provider up through the ServiceLoader and is safe to
     * share; the holder keeps the lookup out of loading this class (the OpenAPI check reads it without a
     * JSON-B provider).
     */
    private static final class Mapper {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /** One entry as the API shows it: only what the alumnus allowed; absent fields are left out. */
    public record Entry(
            String familyName,
            String givenName,
            String kana,
            int yearsOfService,
            String department,
            String employer,
            String role,
            String region,
            String email,
            List<String> skills,
            List<Openness> openTo) {

        static Entry of(DirectoryEntry entry) {
            return new Entry(
                    entry.familyName(),
                    entry.givenName(),
                    entry.kana(),
                    entry.yearsOfService(),
                    entry.departmentCode(),
                    entry.employer(),
                    entry.role(),
                    entry.region(),
                    entry.email(),
                    entry.skills(),
                    List.copyOf(entry.openTo()));
        }
    }

    /** Counts per value, most frequent first; department names in both languages by code. */
    public record Facets(
            Map<String, Long> departments,
            Map<String, DirectoryPage.DepartmentName> departmentNames,
            Map<String, Long> regions,
            Map<String, Long> skills,
            Map<String, Long> openTo,
            Map<String, Long> years) {

        static Facets of(DirectoryPage.Facets facets) {
            Map<String, Long> openTo = new LinkedHashMap<>();
            facets.openTo().forEach((kind, count) -> openTo.put(kind.name(), count));
            return new Facets(
                    facets.departments(),
                    facets.departmentNames(),
                    facets.regions(),
                    facets.skills(),
                    openTo,
                    facets.years());
        }
    }

    private static Openness openness(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Openness.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new WebApplicationException(RefusalMapper.error(
                    422,
                    "directory.openTo.unknown",
                    "openTo must be one of REHIRE, SIDE_JOB, COLLABORATION, MENTORING, SPEAKING, REFERRALS.",
                    "openTo には REHIRE, SIDE_JOB, COLLABORATION, MENTORING, SPEAKING, REFERRALS のいずれかを指定してください。"));
        }
    }
}
