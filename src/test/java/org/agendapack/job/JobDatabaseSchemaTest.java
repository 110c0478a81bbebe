package org.agendapack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.sql.init.AbstractScriptDatabaseInitializer.Scripts;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The schema scripts run when a database was not set up with them, and not again while they are the same; a
 * changed script (a new version's) runs once.
 */
class JobDatabaseSchemaTest {

    private final DriverManagerDataSource database = new DriverManagerDataSource(
            "jdbc:hsqldb:mem:schema-" + UUID.randomUUID(), "SA", "");
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void theScriptsRunOnceWhileTheyAreTheSame() {
        run("CREATE TABLE meeting_note (id INT);");
        run("CREATE TABLE meeting_note (id INT);");
        assertThat(runs.get()).isEqualTo(1);
        assertThat(new JdbcTemplate(database).queryForObject("SELECT COUNT(*) FROM meeting_note", Integer.class)).isZero();
    }

    @Test
    void aChangedScriptRunsOnce() {
        run("CREATE TABLE meeting_note (id INT);");
        run("CREATE TABLE meeting_note (id INT);\nALTER TABLE meeting_note ADD COLUMN body VARCHAR(100);");
        run("CREATE TABLE meeting_note (id INT);\nALTER TABLE meeting_note ADD COLUMN body VARCHAR(100);");
        assertThat(runs.get()).isEqualTo(2);
        assertThat(new JdbcTemplate(database).queryForObject(
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'MEETING_NOTE'", Integer.class))
                .isEqualTo(2);
    }

    private void run(String sql) {
        // Each statement of a script only once: what a changed version of a schema.sql does with IF NOT EXISTS.
        Scripts scripts = new Scripts(List.of(new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "schema.sql";
            }
        }));
        JobDatabaseSchema.runOnce("test", database, scripts, s -> {
            runs.incrementAndGet();
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
            populator.setContinueOnError(true);
            s.forEach(populator::addScript);
            populator.execute(database);
        });
    }
}
