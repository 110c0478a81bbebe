package org.agendapack;

import java.util.Arrays;

import org.agendapack.cli.AgendapackCommand;
import org.agendapack.job.Faults;
import org.agendapack.settings.AgendapackProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import picocli.CommandLine;

@SpringBootApplication
@EnableConfigurationProperties(AgendapackProperties.class)
public class AgendapackApplication {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new AgendapackCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("agendapack failed: " + Faults.describe(e));
            if (Arrays.asList(args).contains("--verbose")) {
                e.printStackTrace(line.getErr());
            }
            return 3;
        });
        System.exit(cli.execute(args));
    }
}
