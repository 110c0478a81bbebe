package org.agendapack;

import java.util.Arrays;

import org.agendapack.cli.AgendapackCommand;
import org.agendapack.job.Faults;
import org.agendapack.settings.AgendapackProperties;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import picocli.CommandLine;

/**
 * The batch application: what every command's context (and each of the web console's per-meeting contexts) is
 * made of. {@code @SpringBootApplication} spelled out, to leave the web console (org.agendapack.console, started
 * only by {@code agendapack serve}) out of the scan: no web or security bean is made for a command.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.agendapack\\.console\\..*") })
@EnableConfigurationProperties(AgendapackProperties.class)
public class AgendapackApplication {

    public static void main(String[] args) {
        CommandLine cli = AgendapackCommand.commandLine(args);
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
