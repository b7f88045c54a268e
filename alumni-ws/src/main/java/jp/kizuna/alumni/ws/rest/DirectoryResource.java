package jp.kizuna.alumni.ws.rest;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
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

    // Json.createObjectBuilder() looks the JSON-P provider up through the ServiceLoader on every call;
    // one factory per class does that once (the lookup was most of the directory's CPU time).
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
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
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        for (DirectoryEntry entry : page.entries()) {
            entries.add(entry(entry));
        }
        return entries.build().toString();
    }

    private static String facets(DirectoryPage.Facets facets) {
        return JSON.createObjectBuilder()
                .add("departments", counts(facets.departments()))
                .add("departmentNames", names(facets.departmentNames()))
                .add("regions", counts(facets.regions()))
                .add("skills", counts(facets.skills()))
                .add("openTo", counts(facets.openTo()))
                .add("years", counts(facets.years()))
                .build()
                .toString();
    }

    private static JsonObjectBuilder entry(DirectoryEntry entry) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("familyName", entry.familyName())
                .add("givenName", entry.givenName())
                .add("yearsOfService", entry.yearsOfService());
        addIfPresent(json, "kana", entry.kana());
        addIfPresent(json, "department", entry.departmentCode());
        addIfPresent(json, "employer", entry.employer());
        addIfPresent(json, "role", entry.role());
        addIfPresent(json, "region", entry.region());
        addIfPresent(json, "email", entry.email());
        JsonArrayBuilder skills = JSON.createArrayBuilder();
        entry.skills().forEach(skills::add);
        JsonArrayBuilder openTo = JSON.createArrayBuilder();
        entry.openTo().forEach(kind -> openTo.add(kind.name()));
        return json.add("skills", skills).add("openTo", openTo);
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static JsonObjectBuilder names(Map<String, DirectoryPage.DepartmentName> names) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        names.forEach((code, name) -> {
            JsonObjectBuilder both = JSON.createObjectBuilder();
            addIfPresent(both, "ja", name.ja());
            addIfPresent(both, "en", name.en());
            json.add(code, both);
        });
        return json;
    }

    private static JsonObjectBuilder counts(Map<?, Long> counts) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        counts.forEach((key, count) -> json.add(String.valueOf(key), count));
        return json;
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
