package org.agendapack.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.agendapack.AgendapackApplication;
import org.agendapack.job.Faults;
import org.agendapack.run.JobDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command that needs the job repository, and closes it after. */
final class SpringCommands {

    private SpringCommands() {
    }

    /**
     * The properties that point the application at the meeting's job repository: its own database, or the shared
     * one (with the build's staged rows in memory: they live for one build).
     */
    static List<String> forMeeting(Path output, String meetingId) {
        List<String> properties = new ArrayList<>(List.of("--agendapack.output=" + output));
        properties.addAll(JobDatabase.repositoryProperties(output, meetingId, "staging"));
        return properties;
    }

    /** A job database that lives and dies with the command: nothing is written to the output folder. */
    static List<String> throwaway(Path output, String name) {
        return List.of("--agendapack.output=" + output, "--spring.datasource.url=jdbc:hsqldb:mem:" + name);
    }

    static int run(boolean verbose, List<String> properties, Function<ConfigurableApplicationContext, Integer> command) {
        SpringApplication app = new SpringApplication(AgendapackApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        List<String> args = new ArrayList<>(properties);
        if (verbose) {
            args.add("--logging.level.root=INFO");
            args.add("--logging.level.org.agendapack=DEBUG");
        }
        try (ConfigurableApplicationContext context = app.run(args.toArray(String[]::new))) {
            return command.apply(context);
        } catch (RuntimeException e) {
            System.err.println("agendapack failed: " + Faults.describe(e) + (verbose ? "" : " (--verbose for details)"));
            if (verbose) {
                e.printStackTrace();
            }
            return 3;
        }
    }
}
