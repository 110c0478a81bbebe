package org.agendapack.run;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A job repository shared by several agendapack processes (and hosts): one PostgreSQL database holding every
 * meeting's builds, named by {@code AGENDAPACK_JOBS_DB} (or the system property {@code agendapack.jobs-db}), a
 * JDBC URL such as {@code jdbc:postgresql://db.example.gov.uk/agendapack}, with {@code AGENDAPACK_JOBS_DB_USER}
 * and {@code AGENDAPACK_JOBS_DB_PASSWORD}. When none is named, each meeting keeps its own HSQLDB file
 * ({@link JobDatabase}).
 */
public record SharedJobDatabase(String url, String user, String password) {

    public static final String URL_VARIABLE = "AGENDAPACK_JOBS_DB";

    /** The shared database this process is configured with, if any. */
    public static Optional<SharedJobDatabase> configured() {
        String url = setting("agendapack.jobs-db", URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SharedJobDatabase(url.strip(), setting("agendapack.jobs-db.user", URL_VARIABLE + "_USER"),
                setting("agendapack.jobs-db.password", URL_VARIABLE + "_PASSWORD")));
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    /** The Spring properties that point a build's application context at this repository. */
    public List<String> springProperties() {
        return List.of("--agendapack.jobs-db.url=" + url, "--agendapack.jobs-db.user=" + nullToEmpty(user),
                "--agendapack.jobs-db.password=" + nullToEmpty(password));
    }

    /** A connection per use (short commands; a build's context has a pool of its own). */
    public DataSource dataSource() {
        return new DriverManagerDataSource(url, nullToEmpty(user), nullToEmpty(password));
    }

    /** One connection kept open until destroyed: a lock held for as long as the connection lives. */
    public SingleConnectionDataSource connection() {
        return new SingleConnectionDataSource(url, nullToEmpty(user), nullToEmpty(password), true);
    }

    /** The URL without credentials, as messages may show it. */
    public String shown() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
