package org.agendapack.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A meeting's new job database keeps Spring Batch's history in cached tables (read from disk as needed, so a long
 * history does not slow every start and end) and the staged rows, emptied when a build ends, in memory tables.
 */
class JobDatabaseTest {

    @TempDir
    Path output;

    @Test
    void theHistoryIsCachedAndTheStagingInMemory() throws Exception {
        SingleConnectionDataSource db = new SingleConnectionDataSource(JobDatabase.url(output, "a-meeting"), "SA", "", true);
        try {
            ResourceDatabasePopulator schemas = new ResourceDatabasePopulator();
            var resolver = new PathMatchingResourcePatternResolver();
            schemas.addScript(resolver.getResource("classpath:org/springframework/batch/core/schema-hsqldb.sql"));
            schemas.addScripts(resolver.getResources("classpath*:org/agendapack/*/schema.sql"));
            schemas.execute(db);

            Map<String, String> types = new TreeMap<>();
            try (var c = db.getConnection(); var s = c.createStatement();
                    var rows = s.executeQuery("SELECT table_name, hsqldb_type FROM information_schema.system_tables"
                            + " WHERE table_schem = 'PUBLIC'")) {
                while (rows.next()) {
                    types.put(rows.getString(1), rows.getString(2));
                }
            }
            assertThat(types).containsEntry("BATCH_JOB_EXECUTION", "CACHED")
                    .containsEntry("BATCH_STEP_EXECUTION_CONTEXT", "CACHED")
                    .containsEntry("KPI_VALUE", "MEMORY").containsEntry("KPI_RATING", "MEMORY")
                    .containsEntry("INPUT_PROBLEM", "MEMORY").containsEntry("TICKET_COUNT", "MEMORY");
        } finally {
            db.destroy();
        }
    }
}
