package org.agendapack.cli;

import java.util.concurrent.Callable;

import org.agendapack.history.HistoryMigration;
import org.agendapack.job.Faults;
import org.agendapack.run.SharedJobDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "init-db", mixinStandardHelpOptions = true,
        description = "Creates the shared job repository's tables in the PostgreSQL database named by AGENDAPACK_JOBS_DB "
                + "(a build also creates them on first use).")
public class InitDbCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        var shared = SharedJobDatabase.configured();
        if (shared.isEmpty()) {
            System.err.println("No shared job repository is configured: set " + SharedJobDatabase.URL_VARIABLE
                    + " to its JDBC URL, e.g. jdbc:postgresql://db.example.gov.uk/agendapack (with "
                    + SharedJobDatabase.URL_VARIABLE + "_USER and " + SharedJobDatabase.URL_VARIABLE + "_PASSWORD)");
            return 2;
        }
        try {
            boolean created = HistoryMigration.createTables(shared.get().dataSource());
            System.out.println((created ? "Created the job repository's tables in " : "The job repository's tables are already in ")
                    + shared.get().shown());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Cannot prepare the shared job repository " + shared.get().shown() + ": " + Faults.describe(e));
            return 1;
        }
    }
}
