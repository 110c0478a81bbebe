package org.agendapack.console;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may do what. Everyone signs in (a users file with bcrypt hashes, or the council's identity provider by OpenID
 * Connect when one is configured). Viewers read the meetings, public packs and history; clerks also upload,
 * validate and build, and read exempt packs; admins also see the users. CSRF tokens on every form, sign-in attempts
 * limited, a strict content security policy (no script at all).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class ConsoleSecurity {

    static final String CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http, ConsoleUsers users, LoginAttempts attempts, AuditLog audit,
            ObjectProvider<ClientRegistrationRepository> oidc, ConsoleProperties console) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/assets/**", "/login", "/error").permitAll()
                .requestMatchers("/meetings/*/upload", "/meetings/*/validate", "/meetings/*/build").hasRole("CLERK")
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
                .userDetailsService(users)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new Refused(attempts, audit)).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").deleteCookies("AGENDAPACK_SESSION"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterBefore(new RateLimit(attempts, audit), UsernamePasswordAuthenticationFilter.class);
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login").userInfoEndpoint(u -> u.oidcUserService(oidcRoles(console))));
        }
        return http.build();
    }

    /** A request the firewall refuses (an encoded slash or "..", say) is "not found", like any path the console did not list. */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejected() {
        return new org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler(404);
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_CLERK\nROLE_CLERK > ROLE_VIEWER");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The highest role an authentication carries (viewer when it carries none). */
    public static ConsoleUsers.Role role(Authentication auth) {
        Set<String> names = new HashSet<>();
        if (auth != null) {
            for (GrantedAuthority a : auth.getAuthorities()) {
                names.add(a.getAuthority());
            }
        }
        return names.contains("ROLE_ADMIN") ? ConsoleUsers.Role.ADMIN
                : names.contains("ROLE_CLERK") ? ConsoleUsers.Role.CLERK : ConsoleUsers.Role.VIEWER;
    }

    /** OpenID Connect: the role from the identity provider's groups claim; signed in without one, a viewer. */
    static OAuth2UserService<OidcUserRequest, OidcUser> oidcRoles(ConsoleProperties console) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Object claim = user.getClaims().get(console.oidcRolesClaim());
            Collection<?> groups = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
            String role = groups.contains(console.oidcAdmins()) ? "ROLE_ADMIN"
                    : groups.contains(console.oidcClerks()) ? "ROLE_CLERK" : "ROLE_VIEWER";
            return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(role)), user.getIdToken(), user.getUserInfo(),
                    "email");
        };
    }

    static String address(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** A refused sign-in counts against the name and the address. */
    static final class Refused extends SimpleUrlAuthenticationFailureHandler {
        private final LoginAttempts attempts;
        private final AuditLog audit;

        Refused(LoginAttempts attempts, AuditLog audit) {
            super("/login?error");
            this.attempts = attempts;
            this.audit = audit;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.core.AuthenticationException exception) throws IOException, ServletException {
            String user = request.getParameter("username");
            attempts.failed(user, address(request));
            audit.record(user == null ? "" : user, "sign-in refused", null, "from " + address(request));
            super.onAuthenticationFailure(request, response, exception);
        }
    }

    /** Sign-in attempts over the limit are refused before the password is checked. */
    static final class RateLimit extends OncePerRequestFilter {
        private final LoginAttempts attempts;
        private final AuditLog audit;

        RateLimit(LoginAttempts attempts, AuditLog audit) {
            this.attempts = attempts;
            this.audit = audit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                String user = request.getParameter("username");
                if (attempts.blocked(user, address(request))) {
                    audit.record(user == null ? "" : user, "sign-in blocked", null, "too many attempts from " + address(request));
                    response.sendRedirect(request.getContextPath() + "/login?locked");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }

    /** The successful sign-in clears the name's failures. */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.security.authentication.event.AuthenticationSuccessEvent> signedIn(
            LoginAttempts attempts) {
        return e -> attempts.succeeded(e.getAuthentication().getName());
    }
}
