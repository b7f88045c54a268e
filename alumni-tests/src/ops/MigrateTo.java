import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings an empty PostgreSQL database to an earlier schema version with the application's own
 * migrations (classpath:db/migration of the built alumni-ejb.jar, Flyway from the EAR's lib), so
 * bin/ops-test can upgrade it by starting the current release on it. Run as a single-file program:
 * java -cp <Flyway jars, db/migration of alumni-ejb.jar, PostgreSQL driver> MigrateTo.java URL USER PASSWORD TARGET
 * where TARGET is a version or "previous" (the version before the newest migration). Prints the
 * version it reached.
 */
public class MigrateTo {

    public static void main(String[] args) {
        Flyway current = Flyway.configure().dataSource(args[0], args[1], args[2])
                .locations("classpath:db/migration").load();
        MigrationVersion target = "previous".equals(args[3]) ? previous(current) : MigrationVersion.fromVersion(args[3]);
        Flyway.configure().configuration(current.getConfiguration()).target(target).load().migrate();
        System.out.println(target.getVersion());
    }

    private static MigrationVersion previous(Flyway flyway) {
        List<MigrationVersion> versions = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null).sorted(Comparator.reverseOrder()).toList();
        if (versions.size() < 2) {
            throw new IllegalStateException("No earlier schema version than " + versions);
        }
        return versions.get(1);
    }
}
