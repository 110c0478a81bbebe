package org.agendapack.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.agendapack.history.HistoryMigration;
import org.agendapack.job.Faults;
import org.agendapack.run.SharedJobDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "migrate-history", mixinStandardHelpOptions = true,
        description = "Copies every meeting's build history from the output folder's own job databases into a shared "
                + "PostgreSQL job repository, once: builds copied before are not copied again.")
public class MigrateHistoryCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "<jdbc-url>",
            description = "The shared repository, e.g. jdbc:postgresql://db.example.gov.uk/agendapack")
    String url;

    @Option(names = "--user", defaultValue = "${env:AGENDAPACK_JOBS_DB_USER}", description = "Default: AGENDAPACK_JOBS_DB_USER.")
    String user;

    @Option(names = "--password", defaultValue = "${env:AGENDAPACK_JOBS_DB_PASSWORD}",
            description = "Default: AGENDAPACK_JOBS_DB_PASSWORD.")
    String password;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        SharedJobDatabase target = new SharedJobDatabase(url, user, password);
        try {
            List<HistoryMigration.Copied> copied = HistoryMigration.copyAll(common.output, target);
            if (copied.isEmpty()) {
                System.out.println("No build history in " + common.output + " to copy");
            }
            for (HistoryMigration.Copied c : copied) {
                System.out.println(c.meeting() + ": " + c.executions() + " build(s) copied"
                        + (c.alreadyThere() > 0 ? ", " + c.alreadyThere() + " already there" : ""));
            }
            System.out.println("Builds now read the shared history when " + SharedJobDatabase.URL_VARIABLE + "=" + target.shown());
            return 0;
        } catch (Exception e) {
            System.err.println("The history could not be copied to " + target.shown() + ": " + Faults.describe(e)
                    + " (a meeting being built is locked: copy when no build runs)");
            return 1;
        }
    }
}
