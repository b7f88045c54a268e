package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.identity.Romaji;
import jp.kizuna.alumni.identity.SearchKey;
import jp.kizuna.alumni.network.AlumnusProfile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The directory's search by romaji and by part of an employer, role or skill, and the folding of
 * variant kanji (see {@link SearchKey} and {@link Romaji}):
 * <ul>
 * <li>employee gets the romaji keys of each name's reading, family name first and given name first,
 * with prefix indexes like V50's;</li>
 * <li>alumnus_profile gets one key of all a member's skills, for a partial match;</li>
 * <li>every search key V50 added is computed again, since {@link SearchKey} now folds variant kanji:
 * a 髙橋 stored before is found by 高橋. The names themselves are not touched.</li>
 * </ul>
 * Java, like V50, so that existing rows get the keys from the same code that keeps them afterwards.
 */
public class V215__romaji_and_partial_search_keys extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        boolean postgres = db.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE employee ADD COLUMN romaji_key VARCHAR(" + SearchKey.MAX_LENGTH + ")");
            ddl.execute("ALTER TABLE employee ADD COLUMN given_first_romaji_key VARCHAR(" + SearchKey.MAX_LENGTH + ")");
            ddl.execute("ALTER TABLE alumnus_profile ADD COLUMN skills_key VARCHAR(" + AlumnusProfile.SKILLS_KEY_LENGTH
                    + ")");
        }
        employees(db);
        profiles(db);
        try (Statement ddl = db.createStatement()) {
            for (String column : List.of("romaji_key", "given_first_romaji_key")) {
                ddl.execute("CREATE INDEX employee_" + column + "_idx ON employee (" + column
                        + (postgres ? " varchar_pattern_ops" : "") + ")");
            }
        }
    }

    private static void employees(Connection db) throws Exception {
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery(
                        "SELECT id, family_name, given_name, family_name_kana, given_name_kana FROM employee");
                PreparedStatement write = db.prepareStatement(
                        "UPDATE employee SET family_name_key = ?, given_name_key = ?,"
                                + " family_kana_key = ?, given_kana_key = ?, romaji_key = ?, given_first_romaji_key = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                String family = rows.getString(2);
                String given = rows.getString(3);
                String familyKana = rows.getString(4);
                String givenKana = rows.getString(5);
                write.setString(1, SearchKey.of(family));
                write.setString(2, SearchKey.of(given));
                write.setString(3, SearchKey.of(familyKana));
                write.setString(4, SearchKey.of(givenKana));
                write.setString(5, Romaji.nameKey(family, familyKana, given, givenKana));
                write.setString(6, Romaji.nameKey(given, givenKana, family, familyKana));
                write.setLong(7, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static void profiles(Connection db) throws Exception {
        try (Statement read = db.createStatement();
                ResultSet rows =
                        read.executeQuery("SELECT p.id, p.current_employer, p.job_role, s.skill FROM alumnus_profile p"
                                + " LEFT JOIN alumnus_skill s ON s.profile_id = p.id ORDER BY p.id, s.skill");
                PreparedStatement write = db.prepareStatement(
                        "UPDATE alumnus_profile SET employer_key = ?, role_key = ?, skills_key = ? WHERE id = ?")) {
            int pending = 0;
            long id = -1;
            String employer = null;
            String role = null;
            List<String> skills = new ArrayList<>();
            while (true) {
                boolean more = rows.next();
                if (!more || rows.getLong(1) != id) {
                    if (id != -1) {
                        write.setString(1, SearchKey.of(employer));
                        write.setString(2, SearchKey.of(role));
                        write.setString(3, SearchKey.ofAll(skills, AlumnusProfile.SKILLS_KEY_LENGTH));
                        write.setLong(4, id);
                        write.addBatch();
                        if (++pending == BATCH) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                    if (!more) {
                        break;
                    }
                    id = rows.getLong(1);
                    employer = rows.getString(2);
                    role = rows.getString(3);
                    skills.clear();
                }
                String skill = rows.getString(4);
                if (skill != null) {
                    skills.add(skill);
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
