package org.agendapack.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.agendapack.settings.AgendapackProperties;
import org.springframework.stereotype.Component;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The Freemarker templates in {@code templates/}, locked down: .ftlx auto-escapes every interpolation as XML,
 * templates can create no classes and call no Java API, and errors stop the build instead of printing into
 * the document.
 */
@Component
public class Templates {

    private final Configuration config;

    public Templates(AgendapackProperties properties) {
        config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            config.setDirectoryForTemplateLoading(properties.templates().toFile());
            config.setTemplateUpdateDelayMilliseconds(0); // a template fixed between a failed build and its restart is used
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the templates folder " + properties.templates().toAbsolutePath(), e);
        }
        config.setDefaultEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(Locale.UK);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    /** Renders {@code name} (e.g. "performance-pack.ftlx") with the model. */
    public String render(String name, Map<String, ?> model) {
        try {
            StringWriter out = new StringWriter(16 * 1024);
            config.getTemplate(name).process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new TemplateFailedException(name, e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new TemplateFailedException(name, e.getMessage(), e);
        }
    }

    /** A template is missing or broken: a failure of the house style, not of the input. */
    public static class TemplateFailedException extends RuntimeException {
        public TemplateFailedException(String template, String detail, Throwable cause) {
            super("Template " + template + " failed: " + detail, cause);
        }
    }
}
