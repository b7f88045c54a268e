package jp.kizuna.alumni.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * A fresh embedded database in the mode of the one-command run, with the application's migrations:
 * for the migrations themselves and for the statements the application writes by plain JDBC
 * (PostgreSQL runs them in the integration tests).
 */
public final class DemoDatabase {

    private DemoDatabase() {}

    public static String url(String name) {
        return "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    public static Flyway migrations(String name) {
        return Flyway.configure()
                .dataSource(url(name), "sa", "")
                .locations("classpath:db/migration")
                .load();
    }

    /** A connection to the database {@code name}, every migration applied. */
    public static Connection migrated(String name) throws SQLException {
        migrations(name).migrate();
        return DriverManager.getConnection(url(name), "sa", "");
    }
}
