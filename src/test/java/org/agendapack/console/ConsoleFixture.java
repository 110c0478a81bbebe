package org.agendapack.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agendapack.support.PackTestSupport;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A console over a folder of its own: input/ with the test meeting (an exempt item, every dataset, a supplied PDF),
 * output/, and a users file with a viewer, a clerk and an admin.
 */
final class ConsoleFixture {

    static final String MEETING = "audit-committee-2027-03-16";
    static final String VIEWER = "vic";
    static final String CLERK = "clara";
    static final String ADMIN = "ada";
    static final String PASSWORD = "correct horse battery";
    static final String EXEMPT_TITLE = "Data centre contract award";

    final Path root;
    final Path input;
    final Path output;
    final Path users;

    ConsoleFixture(String name) {
        try {
            root = Files.createTempDirectory("agendapack-console-" + name);
            input = root.resolve("input");
            output = root.resolve("output");
            users = root.resolve("console-users");
            PackTestSupport.copy(Path.of("src/test/resources/console/meetings", MEETING), input.resolve(MEETING));
            for (var u : new String[][] { { VIEWER, "VIEWER" }, { CLERK, "CLERK" }, { ADMIN, "ADMIN" } }) {
                ConsoleUsers.put(users, u[0], ConsoleUsers.Role.valueOf(u[1]), PASSWORD.toCharArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path meeting() {
        return input.resolve(MEETING);
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.main.web-application-type", () -> "servlet");
        registry.add("agendapack.input", input::toString);
        registry.add("agendapack.output", output::toString);
        registry.add("agendapack.console.users", users::toString);
    }
}
