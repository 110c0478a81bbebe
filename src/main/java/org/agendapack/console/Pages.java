package org.agendapack.console;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.View;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's pages: Freemarker templates with HTML auto-escaping (.ftlh), built into the jar under
 * console/templates/; a template of the same name in {@code agendapack.console.templates} replaces the built-in one
 * (restyling). Every page gets the signed-in user, their role, the CSRF token and the service's title.
 */
public final class Pages {

    private final Configuration config;
    private final String title;

    public Pages(Path overrides, String title) {
        this.title = title;
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        TemplateLoader builtIn = new ClassTemplateLoader(Pages.class.getClassLoader(), "console/templates");
        try {
            config.setTemplateLoader(overrides != null && Files.isDirectory(overrides)
                    ? new MultiTemplateLoader(new TemplateLoader[] { new FileTemplateLoader(overrides.toFile()), builtIn })
                    : builtIn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with its model and an HTTP status other than 200. */
    public org.springframework.web.servlet.ModelAndView page(String template, Map<String, ?> model,
            org.springframework.http.HttpStatusCode status) {
        org.springframework.web.servlet.ModelAndView mv = new org.springframework.web.servlet.ModelAndView(view(template), model);
        mv.setStatus(status);
        return mv;
    }

    /** A page as a Spring MVC view. */
    public View view(String template) {
        return new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
                String html = html(template, model, request);
                response.setContentType(getContentType());
                response.getWriter().write(html);
            }
        };
    }

    String html(String template, Map<String, ?> model, HttpServletRequest request) throws IOException {
        Map<String, Object> all = new HashMap<>(model);
        all.put("serviceTitle", title);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            all.put("csrf", Map.of("parameterName", csrf.getParameterName(), "token", csrf.getToken()));
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
        all.put("user", signedIn ? auth.getName() : null);
        all.put("role", signedIn ? ConsoleSecurity.role(auth).word() : null);
        all.put("canChange", signedIn && ConsoleSecurity.role(auth) != ConsoleUsers.Role.VIEWER);
        all.put("isAdmin", signedIn && ConsoleSecurity.role(auth) == ConsoleUsers.Role.ADMIN);
        all.putIfAbsent("errors", List.of());
        all.put("path", request.getRequestURI());
        try {
            Template t = config.getTemplate(template + ".ftlh");
            StringWriter out = new StringWriter();
            t.process(all, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new IllegalStateException("page template " + template + ".ftlh: " + e.getMessageWithoutStackTop(), e);
        }
    }
}
