package org.agendapack.console;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web console's settings ({@code agendapack.console.*} in config/application.yml, or the serve command's
 * options).
 *
 * @param users the users file: one line per user, "name role bcrypt-hash" (see {@code agendapack users})
 * @param maxParallelBuilds builds of different meetings that may run at once; more wait their turn
 * @param title the service name in the page header
 * @param templates a folder of page templates that replace the built-in ones of the same name (restyling);
 *        none by default. Not under templates/, which is part of every build's fingerprint
 * @param loginAttempts failed sign-ins allowed per user name and per address within {@code loginWindow}
 * @param loginWindow how long failed sign-ins count, and how long a name or address is then refused
 * @param oidcRolesClaim with OpenID Connect: the claim holding the user's groups or roles
 * @param oidcClerks the claim's value (group) that makes a user a clerk
 * @param oidcAdmins the claim's value (group) that makes a user an admin (any other signed-in user is a viewer)
 */
@ConfigurationProperties("agendapack.console")
public record ConsoleProperties(Path users, Integer maxParallelBuilds, String title, Path templates, Integer loginAttempts,
        Duration loginWindow, String oidcRolesClaim, String oidcClerks, String oidcAdmins) {

    public ConsoleProperties {
        users = users == null ? Path.of("config", "console-users") : users;
        maxParallelBuilds = maxParallelBuilds == null || maxParallelBuilds < 1 ? 2 : maxParallelBuilds;
        title = title == null || title.isBlank() ? "Agenda packs" : title;
        loginAttempts = loginAttempts == null || loginAttempts < 1 ? 5 : loginAttempts;
        loginWindow = loginWindow == null ? Duration.ofMinutes(15) : loginWindow;
        oidcRolesClaim = oidcRolesClaim == null ? "groups" : oidcRolesClaim;
        oidcClerks = oidcClerks == null ? "agendapack-clerks" : oidcClerks;
        oidcAdmins = oidcAdmins == null ? "agendapack-admins" : oidcAdmins;
    }
}
