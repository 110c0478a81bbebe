package org.agendapack.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.agendapack.AgendapackApplication;
import org.agendapack.job.Faults;
import org.agendapack.render.RendererWarmUp;
import org.agendapack.run.JobDatabase;
import org.agendapack.run.SharedJobDatabase;
import org.agendapack.settings.AgendapackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;

/** Starts the application context for a command that needs the job repository, and closes it after. */
final class SpringCommands {

    private static final Logger LOG = LoggerFactory.getLogger(SpringCommands.class);

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

    /** The command line's batch application, as every command and the AOT engine ({@link AotBatchContext}) start it. */
    static SpringApplication application(boolean recorded) {
        SpringApplication app = new SpringApplication(AgendapackApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        if (recorded) {
            // Spring looks the recorded definitions up by the name of the class the AOT engine ran.
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
            app.setMainApplicationClass(AotBatchContext.class);
        }
        return app;
    }

    /**
     * Whether to start the context from the definitions recorded at packaging: only when ./agendapack says the jar
     * was packaged with them, and not with a shared job repository (its configuration is a condition the recording
     * evaluated without it).
     */
    static boolean recorded() {
        return Boolean.getBoolean(AotBatchContext.ENABLED) && SharedJobDatabase.configured().isEmpty()
                && AotBatchContext.recorded();
    }

    /**
     * For a command that renders: the renderer warms up on a spare core ({@link RendererWarmUp}) as soon as the
     * settings say where the templates are, while the context starts: after the settings are read, before the
     * logging system is set up.
     */
    static ApplicationListener<ApplicationEnvironmentPreparedEvent> warmUpRenderer() {
        return new WarmUpRenderer();
    }

    private static final class WarmUpRenderer implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            RendererWarmUp.start(
                    Binder.get(event.getEnvironment()).bindOrCreate("agendapack", AgendapackProperties.class).templates());
        }

        @Override
        public int getOrder() {
            return EnvironmentPostProcessorApplicationListener.DEFAULT_ORDER + 1; // logging: DEFAULT_ORDER + 10
        }
    }

    static int run(boolean verbose, List<String> properties, Function<ConfigurableApplicationContext, Integer> command) {
        return run(verbose, properties, List.of(), command);
    }

    static int run(boolean verbose, List<String> properties, List<ApplicationListener<?>> listeners,
            Function<ConfigurableApplicationContext, Integer> command) {
        boolean recorded = recorded();
        SpringApplication app = application(recorded);
        app.addListeners(listeners.toArray(ApplicationListener[]::new));
        List<String> args = new ArrayList<>(properties);
        if (verbose) {
            args.add("--logging.level.root=INFO");
            args.add("--logging.level.org.agendapack=DEBUG");
        }
        try (ConfigurableApplicationContext context = app.run(args.toArray(String[]::new))) {
            if (recorded) {
                LOG.debug("Started the batch context from the definitions recorded at packaging (Spring AOT)");
            }
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
