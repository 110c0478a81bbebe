package org.agendapack.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The console's users, from a plain file the server's administrator keeps (config/console-users by default):
 * one line per user, {@code name role hash}, the hash bcrypt (cost 12), comments after #. Read again whenever the
 * file changes, so adding a user needs no restart. Written only by {@link #put} (the {@code agendapack users}
 * command), whole and atomically.
 */
public final class ConsoleUsers implements UserDetailsService {

    /** Least to most: a viewer reads public packs and history; a clerk uploads, validates and builds; an admin also manages. */
    public enum Role {
        VIEWER, CLERK, ADMIN;

        public String word() {
            return name().toLowerCase();
        }
    }

    public record Account(String name, Role role, String hash) {
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    public static final int BCRYPT_COST = 12;

    private final Path file;
    private volatile Map<String, Account> accounts = Map.of();
    private volatile FileTime readAt;

    public ConsoleUsers(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts().get(username);
        if (a == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(a.name()).password("{bcrypt}" + a.hash()).roles(a.role().name()).build();
    }

    /** The users, as the file says now. */
    public Map<String, Account> accounts() {
        try {
            FileTime modified = Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
            if (modified == null) {
                accounts = Map.of();
            } else if (!modified.equals(readAt)) {
                accounts = read(file);
                readAt = modified;
            }
            return accounts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file, e);
        }
    }

    static Map<String, Account> read(Path file) throws IOException {
        Map<String, Account> all = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String text = line.replaceFirst("#.*", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+");
            if (parts.length != 3 || !validName(parts[0]) || !parts[2].matches("\\$2[aby]\\$\\d\\d\\$.{53}")) {
                throw new IllegalArgumentException(file + " line " + n + ": expected \"name role bcrypt-hash\"");
            }
            Role role;
            try {
                role = Role.valueOf(parts[1].toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + n + ", role \"" + parts[1]
                        + "\": the roles are viewer, clerk and admin");
            }
            all.put(parts[0], new Account(parts[0], role, parts[2]));
        }
        return all;
    }

    /** Adds or replaces a user (the password hashed with bcrypt), writing the file whole and atomically. */
    public static void put(Path file, String name, Role role, char[] password) throws IOException {
        if (!validName(name)) {
            throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, dots, hyphens, underscores or @");
        }
        if (password.length < 12) {
            throw new IllegalArgumentException("a password has at least 12 characters");
        }
        String hash = new BCryptPasswordEncoder(BCRYPT_COST).encode(new String(password));
        List<String> lines = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split("\\s+");
                if (!(parts.length >= 1 && parts[0].equals(name))) {
                    lines.add(line);
                }
            }
        } else {
            lines.add("# agendapack web console users: name role bcrypt-hash (roles: viewer, clerk, admin).");
            lines.add("# Add or change a user with: agendapack users add <name> --role <role>");
        }
        lines.add(name + " " + role.word() + " " + hash);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".console-users", ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
