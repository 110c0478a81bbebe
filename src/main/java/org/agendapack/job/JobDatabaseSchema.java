package org.agendapack.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSource;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.ApplicationDataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.boot.sql.init.AbstractScriptDatabaseInitializer.Scripts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job database's tables, Spring Batch's and each feature's (org/agendapack/&lt;feature&gt;/schema.sql), set up
 * by Spring Boot's script initializers as application.yml says, but only when the database was not set up with
 * these very scripts already: a checksum of each set of scripts is kept in the database (table
 * {@code agendapack_schema}) and compared when a command starts. Running again DDL that changed nothing cost
 * every cold build about 0.1 s; a version whose scripts differ runs them, once. A database made before this has
 * no checksum yet: its scripts run once more, as they always did.
 */
@Configuration
@EnableConfigurationProperties(SqlInitializationProperties.class) // Spring Boot's own, which this replaces, bound them
public class JobDatabaseSchema {

    static final String TABLE = "agendapack_schema";

    /** agendapack's own tables (spring.sql.init), in place of Spring Boot's initializer of the same. */
    @Bean
    public ApplicationDataSourceScriptDatabaseInitializer dataSourceScriptDatabaseInitializer(DataSource dataSource,
            SqlInitializationProperties properties) {
        return new ApplicationDataSourceScriptDatabaseInitializer(dataSource, properties) {
            @Override
            protected void runScripts(Scripts scripts) {
                runOnce("agendapack", getDataSource(), scripts, super::runScripts);
            }
        };
    }

    /** Spring Batch's tables (spring.batch.jdbc), in its job repository's database, as Spring Boot would. */
    @Bean
    public BatchDataSourceScriptDatabaseInitializer batchDataSourceInitializer(DataSource dataSource,
            @BatchDataSource ObjectProvider<DataSource> batchDataSource, BatchJdbcProperties properties) {
        return new BatchDataSourceScriptDatabaseInitializer(batchDataSource.getIfAvailable(() -> dataSource), properties) {
            @Override
            protected void runScripts(Scripts scripts) {
                runOnce("spring-batch", getDataSource(), scripts, super::runScripts);
            }
        };
    }

    /** Runs the scripts unless the database records that it was set up with exactly these under {@code name}. */
    static void runOnce(String name, DataSource dataSource, Scripts scripts, Consumer<Scripts> run) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String checksum = checksum(scripts);
        if (checksum.equals(recorded(jdbc, name))) {
            return;
        }
        run.accept(scripts);
        record(jdbc, name, checksum);
    }

    private static String recorded(JdbcTemplate jdbc, String name) {
        try {
            return jdbc.query("SELECT checksum FROM " + TABLE + " WHERE name = ?", rs -> rs.next() ? rs.getString(1) : null,
                    name);
        } catch (DataAccessException e) {
            return null; // no such table: a new database, or one set up before checksums were kept
        }
    }

    private static void record(JdbcTemplate jdbc, String name, String checksum) {
        try {
            jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (name VARCHAR(50) NOT NULL PRIMARY KEY, checksum VARCHAR(64) NOT NULL)");
            jdbc.update("DELETE FROM " + TABLE + " WHERE name = ?", name);
            jdbc.update("INSERT INTO " + TABLE + " (name, checksum) VALUES (?, ?)", name, checksum);
        } catch (DataAccessException e) {
            // Only saves the next start some DDL (a shared database another process set up at the same moment, say).
        }
    }

    /** SHA-256 of each script's name and content, in order. */
    static String checksum(Scripts scripts) {
        MessageDigest all;
        try {
            all = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Resource script : scripts) {
            all.update(String.valueOf(script.getFilename()).getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            try (InputStream in = script.getInputStream()) {
                all.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the schema script " + script, e);
            }
            all.update((byte) 0);
        }
        return HexFormat.of().formatHex(all.digest());
    }
}
