package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import jp.kizuna.alumni.identity.SearchKey;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Search keys for the alumni directory's name search (see {@link SearchKey}): the directory used to
 * match {@code lower(name) LIKE '%text%'}, which reads every employee for every search. With a key
 * column per name and a prefix match, each name is an index range. A Java migration because the
 * keys of existing rows are computed by the same Java code that keeps them afterwards, and because
 * PostgreSQL needs {@code varchar_pattern_ops} for LIKE on an index under a non-C collation, which
 * H2 does not know.
 */
public class V50__directory_search_keys extends BaseJavaMigration {

    private static final String[][] KEYS = {
        {"employee", "family_name_key", "family_name"},
        {"employee", "given_name_key", "given_name"},
        {"employee", "family_kana_key", "family_name_kana"},
        {"employee", "given_kana_key", "given_name_kana"},
        {"alumnus_profile", "employer_key", "current_employer"},
        {"alumnus_profile", "role_key", "job_role"}
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        boolean postgres = db.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement ddl = db.createStatement()) {
            for (String[] key : KEYS) {
                ddl.execute(
                        "ALTER TABLE " + key[0] + " ADD COLUMN " + key[1] + " VARCHAR(" + SearchKey.MAX_LENGTH + ")");
            }
        }
        for (String[] key : KEYS) {
            fill(db, key[0], key[1], key[2]);
        }
        try (Statement ddl = db.createStatement()) {
            for (String[] key : KEYS) {
                ddl.execute("CREATE INDEX " + key[0] + "_" + key[1] + "_idx ON " + key[0] + " (" + key[1]
                        + (postgres ? " varchar_pattern_ops" : "") + ")");
            }
        }
    }

    private static void fill(Connection db, String table, String keyColumn, String source) throws Exception {
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery(
                        "SELECT id, " + source + " FROM " + table + " WHERE " + source + " IS NOT NULL");
                PreparedStatement write =
                        db.prepareStatement("UPDATE " + table + " SET " + keyColumn + " = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, SearchKey.of(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
