package org.agendapack.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.agendapack.console.ConsoleUsers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manages the web console's users file: one line per user, \"name role bcrypt-hash\".",
        subcommands = { UsersCommand.Add.class, UsersCommand.List.class })
public class UsersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = { "Adds a user, or changes a user's role and password. The password is asked for (twice) on a "
                    + "terminal, or read as one line from standard input; only its bcrypt hash is kept." })
    static class Add implements Callable<Integer> {
        @Parameters(paramLabel = "<name>", description = "User name: letters, digits, . _ - @")
        String name;

        @Option(names = "--role", required = true, paramLabel = "viewer|clerk|admin",
                description = "viewer: public packs and history; clerk: also upload, validate, build, exempt packs; admin: also users.")
        String role;

        @Option(names = "--file", paramLabel = "<file>", defaultValue = "config/console-users",
                description = "Users file (default: ${DEFAULT-VALUE}).")
        Path file;

        @Override
        public Integer call() throws IOException {
            ConsoleUsers.Role r;
            try {
                r = ConsoleUsers.Role.valueOf(role.toUpperCase());
            } catch (IllegalArgumentException e) {
                System.err.println("The roles are viewer, clerk and admin");
                return 2;
            }
            char[] password;
            Console terminal = System.console();
            if (terminal != null) {
                password = terminal.readPassword("Password for %s (at least 12 characters): ", name);
                char[] again = terminal.readPassword("Again: ");
                if (password == null || !Arrays.equals(password, again)) {
                    System.err.println("The two passwords differ; nothing was changed");
                    return 2;
                }
            } else {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? new char[0] : line.toCharArray();
            }
            try {
                ConsoleUsers.put(file, name, r, password);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage() + "; nothing was changed");
                return 2;
            } finally {
                Arrays.fill(password, ' ');
            }
            System.out.println("User " + name + " (" + r.word() + ") saved in " + file);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users and their roles.")
    static class List implements Callable<Integer> {
        @Option(names = "--file", paramLabel = "<file>", defaultValue = "config/console-users",
                description = "Users file (default: ${DEFAULT-VALUE}).")
        Path file;

        @Override
        public Integer call() {
            new ConsoleUsers(file).accounts().values().forEach(a -> System.out.println(a.name() + " " + a.role().word()));
            return 0;
        }
    }
}
