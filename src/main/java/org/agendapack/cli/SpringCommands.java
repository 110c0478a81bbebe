package org.agendapack.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.agendapack.AgendapackApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command that needs the job repository, and closes it after. */
final class SpringCommands {

    private SpringCommands() {
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
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.err.println("agendapack failed: " + root.getMessage() + (verbose ? "" : " (--verbose for details)"));
            if (verbose) {
                e.printStackTrace();
            }
            return 3;
        }
    }
}
