package jp.kizuna.alumni.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * A fresh embedded database in the mode of the one-command run, with every migration applied: for
 * the statements the application writes by plain JDBC (PostgreSQL runs them in the integration tests).
 */
public final class DemoDatabase {

    private DemoDatabase() {
    }

    public static Connection migrated(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }
}
