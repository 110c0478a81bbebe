package org.agendapack;

import org.agendapack.cli.AgendapackCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import picocli.CommandLine;

@SpringBootApplication
@EnableConfigurationProperties(AgendapackProperties.class)
public class AgendapackApplication {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new AgendapackCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("agendapack failed: " + e.getMessage());
            return 3;
        });
        System.exit(cli.execute(args));
    }
}
