package org.agendapack.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;

import org.agendapack.deadline.BankHolidays;
import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = "Prints the statutory publication deadline of a meeting: five clear working days before it "
                + "(Local Government Act 1972 s100B), weekends and bank holidays excluded.")
public class DeadlineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<meeting-folder>", description = "e.g. input/joint-ict-2018-10-16")
    Path folder;

    @Option(names = "--bank-holidays", paramLabel = "<csv>", defaultValue = "input/bank-holidays.csv",
            description = "Bank holidays of England and Wales, date,name (default: ${DEFAULT-VALUE}).")
    Path bankHolidays;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(folder)) {
            System.err.println("No such meeting folder: " + folder);
            return 2;
        }
        MeetingLoader.Result loaded = new MeetingLoader(Set.of()).load(new MeetingFolder(folder));
        Meeting meeting = loaded.meeting();
        if (meeting == null || meeting.date() == null) {
            System.out.println("Cannot read the meeting date from " + folder.resolve(MeetingLoader.FILE) + ":");
            loaded.problems().stream().filter(Problem::isError).forEach(p -> System.out.println("  " + p));
            return 1;
        }
        DeadlineNotice notice = new DeadlineNotice(BankHolidays.read(bankHolidays), Clock.systemUTC());
        System.out.println(meeting.committee());
        System.out.println(notice.describe(meeting.date()));
        if (notice.lateWarning(meeting.date()).isPresent()) {
            System.out.println("Today, " + DeadlineNotice.format(java.time.LocalDate.now(DeadlineNotice.UK)) + ", is past it.");
        }
        return 0;
    }
}
