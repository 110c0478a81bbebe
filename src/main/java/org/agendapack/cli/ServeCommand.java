package org.agendapack.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.console.ConsoleApplication;
import org.agendapack.console.ConsoleProperties;
import org.agendapack.console.InProcessBuilds;
import org.agendapack.console.MeetingEngine;
import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.job.Faults;
import org.agendapack.schedule.ScheduledBuilds;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = { "Runs the web console until stopped: meetings by publication deadline, validation, uploads, builds, "
                + "history and the archive, for signed-in users (see agendapack users). Same input, output and build history "
                + "as the command line." })
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "<port>", description = "Port (default 8080, or server.port).")
    Integer port;

    @Option(names = "--address", paramLabel = "<address>",
            description = "Address to listen on (default 127.0.0.1: only this machine, behind a reverse proxy).")
    String address;

    @Option(names = "--input", paramLabel = "<folder>", description = "Folder of meeting folders (default: agendapack.input, input).")
    Path input;

    @Option(names = "--users", paramLabel = "<file>", description = "Users file (default: agendapack.console.users, config/console-users).")
    Path users;

    @Option(names = "--schedule", description = "Also run the scheduled builds (agendapack.schedule), in this process.")
    boolean schedule;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(Arrays.asList(ConsoleApplication.REQUIRED));
        args.add("--agendapack.output=" + common.output);
        if (input != null) {
            args.add("--agendapack.input=" + input);
        }
        if (users != null) {
            args.add("--agendapack.console.users=" + users);
        }
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (address != null) {
            args.add("--server.address=" + address);
        }
        if (common.verbose) {
            args.add("--logging.level.root=INFO");
            args.add("--logging.level.org.agendapack=DEBUG");
        } else {
            args.add("--logging.level.org.agendapack.console=INFO");
        }
        SpringApplication app = new SpringApplication(ConsoleApplication.class);
        app.setLogStartupInfo(false);
        ConfigurableApplicationContext context;
        try {
            context = app.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("agendapack serve failed: " + Faults.describe(e) + (common.verbose ? "" : " (--verbose for details)"));
            if (common.verbose) {
                e.printStackTrace();
            }
            return 3;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(e -> {
            if (e instanceof org.springframework.context.event.ContextClosedEvent) {
                stopped.countDown();
            }
        });
        AgendapackProperties properties = context.getBean(AgendapackProperties.class);
        ConsoleProperties console = context.getBean(ConsoleProperties.class);
        int actualPort = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
        String host = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        System.out.println("agendapack console on http://" + host + ":" + actualPort + "/ (input " + properties.input()
                + ", output " + properties.output() + ", users " + console.users() + ", at most "
                + console.maxParallelBuilds() + " builds at once)");
        System.out.flush();
        if (schedule) {
            Clock clock = Clock.system(DeadlineNotice.UK);
            MeetingEngine engine = context.getBean(MeetingEngine.class);
            ScheduledBuilds builds = new ScheduledBuilds(properties.input(), properties.output(), clock,
                    new InProcessBuilds(engine), System.out, engine.fingerprints());
            Thread scheduler = new Thread(() -> ScheduleCommand.every(builds, properties, clock), "scheduled-builds");
            scheduler.setDaemon(true);
            scheduler.start();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
