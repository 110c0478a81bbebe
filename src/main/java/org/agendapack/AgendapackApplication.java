package org.agendapack;

import org.agendapack.cli.AgendapackCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import picocli.CommandLine;

@SpringBootApplication
@EnableConfigurationProperties(AgendapackProperties.class)
public class AgendapackApplication {

    public static void main(String[] args) {
        System.exit(new CommandLine(new AgendapackCommand()).execute(args));
    }
}
