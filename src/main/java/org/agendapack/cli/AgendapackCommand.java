package org.agendapack.cli;

import picocli.CommandLine.Command;

@Command(name = "agendapack", mixinStandardHelpOptions = true, version = "agendapack 0.1.0",
        description = "Builds committee agenda packs from a meeting folder.",
        subcommands = { BuildCommand.class, ValidateCommand.class, DeadlineCommand.class, RunsCommand.class,
                VerifyCommand.class, ScheduleCommand.class, InitDbCommand.class, MigrateHistoryCommand.class })
public class AgendapackCommand {
}
