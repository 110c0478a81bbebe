package org.agendapack.settings;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where agendapack reads and writes, from application.yml or the command line
 * ({@code --agendapack.output=/srv/packs}).
 *
 * @param output the published packs, one folder per meeting, and the archive
 * @param templates Freemarker templates, CSS and fonts: the house style
 * @param bankHolidays the bank holidays file used for publication deadlines
 * @param schedule cron of scheduled builds
 * @param input the folder of meeting folders that scheduled builds look in
 * @param profiles the council profiles, one folder per council
 */
@ConfigurationProperties("agendapack")
public record AgendapackProperties(Path output, Path templates, Path bankHolidays, String schedule, Path input,
        Path profiles) {

    public AgendapackProperties {
        output = output == null ? Path.of("output") : output;
        templates = templates == null ? Path.of("templates") : templates;
        bankHolidays = bankHolidays == null ? Path.of("input", "bank-holidays.csv") : bankHolidays;
        schedule = schedule == null ? "0 0 6 * * MON-FRI" : schedule;
        input = input == null ? Path.of("input") : input;
        profiles = profiles == null ? Path.of("input", "profiles") : profiles;
    }

    /** Work in progress of one build, never read by anyone but the build itself. */
    public Path work(String meetingId, long buildId) {
        return output.resolve(".work").resolve(meetingId).resolve(Long.toString(buildId));
    }
}
