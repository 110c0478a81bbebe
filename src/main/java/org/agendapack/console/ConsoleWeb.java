package org.agendapack.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The console's only static files: its style sheets, from the jar (no folder on disk is served, nothing is listed). */
@Configuration(proxyBeanMethods = false)
public class ConsoleWeb implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/console/static/");
    }
}
