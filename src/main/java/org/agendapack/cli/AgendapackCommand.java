package org.agendapack.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "agendapack", mixinStandardHelpOptions = true, version = "agendapack 0.1.0",
        description = "Builds committee agenda packs from a meeting folder.")
public class AgendapackCommand {

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, ValidateCommand.class, DeadlineCommand.class,
            RunsCommand.class, VerifyCommand.class, ScheduleCommand.class, InitDbCommand.class,
            MigrateHistoryCommand.class, ServeCommand.class, UsersCommand.class);

    /**
     * The command line for these arguments. picocli builds the model of each subcommand it is given from its
     * annotations, and a cold JVM takes its time over that: so only the subcommand the arguments name is given,
     * or all of them when they name none (help, a version, a mistake, which then lists them all).
     */
    public static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new AgendapackCommand());
        String first = args.length > 0 ? args[0] : "";
        boolean named = SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> c : SUBCOMMANDS) {
            if (!named || name(c).equals(first)) {
                cli.addSubcommand(name(c), c);
            }
        }
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
