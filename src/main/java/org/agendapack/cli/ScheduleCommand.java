package org.agendapack.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;

import org.agendapack.deadline.BankHolidays;
import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.job.BuildFingerprint;
import org.agendapack.schedule.BuildProcess;
import org.agendapack.schedule.ScheduledBuilds;
import org.agendapack.settings.AgendapackProperties;
import org.springframework.scheduling.support.CronExpression;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = { "Runs until stopped: at each time of the cron agendapack.schedule in application.yml (default 06:00 "
                + "Monday to Friday; bank holidays are skipped), builds every meeting in the input folder dated today or "
                + "later whose inputs changed since its last successful build. One log line per meeting." })
public class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--once", description = "One pass now, then exit (for cron or systemd timers); exit 1 if a build failed.")
    boolean once;

    @Option(names = "--input", paramLabel = "<folder>", description = "Folder of meeting folders (default: agendapack.input, input).")
    Path input;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return SpringCommands.run(common.verbose, SpringCommands.throwaway(common.output, "schedule"), context -> {
            AgendapackProperties properties = context.getBean(AgendapackProperties.class);
            Clock clock = Clock.system(DeadlineNotice.UK);
            ScheduledBuilds builds = new ScheduledBuilds(input == null ? properties.input() : input, common.output, clock,
                    new BuildProcess(), System.out, context.getBean(BuildFingerprint.class));
            if (once) {
                return builds.runOnce() == 0 ? 0 : 1;
            }
            CronExpression cron = CronExpression.parse(properties.schedule());
            BankHolidays holidays = BankHolidays.read(properties.bankHolidays());
            System.out.println("Scheduled builds of " + builds.input() + " on cron \"" + properties.schedule() + "\" (Europe/London)");
            while (true) {
                ZonedDateTime next = cron.next(ZonedDateTime.now(clock));
                System.out.println("Next run: " + DeadlineNotice.format(next.toLocalDate()) + " at " + next.toLocalTime());
                System.out.flush();
                if (!sleepUntil(next, clock)) {
                    return 0;
                }
                LocalDate today = next.toLocalDate();
                if (!holidays.isWorkingDay(today) && holidays.covers(today)) {
                    System.out.println(next.toInstant() + " " + DeadlineNotice.format(today) + " is not a working day; no builds");
                    continue;
                }
                builds.runOnce();
            }
        });
    }

    private static boolean sleepUntil(ZonedDateTime when, Clock clock) {
        try {
            Duration wait = Duration.between(ZonedDateTime.now(clock), when);
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis());
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
