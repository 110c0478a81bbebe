package org.agendapack.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.agendapack.AgendapackApplication;
import org.agendapack.job.BuildRunner;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** A command's context (as cli/SpringCommands starts it) holds no console, web or security bean. */
class ConsoleStaysOutOfTheCommandLineTest {

    @Test
    void aCommandsContextHasNoWebOrSecurityBeans() {
        SpringApplication app = new SpringApplication(AgendapackApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext c = app.run("--agendapack.output=target/console-cli-check",
                "--spring.datasource.url=jdbc:hsqldb:mem:console-cli-check;shutdown=true")) {
            assertThat(c.getBeansOfType(BuildRunner.class)).hasSize(1);
            String[] names = c.getBeanDefinitionNames();
            assertThat(Arrays.stream(names).map(n -> c.getBeanFactory().getBeanDefinition(n).getBeanClassName())
                    .filter(java.util.Objects::nonNull))
                    .noneMatch(n -> n.startsWith("org.agendapack.console."))
                    .noneMatch(n -> n.startsWith("org.springframework.security."))
                    .noneMatch(n -> n.contains("webmvc") || n.contains("tomcat"));
            assertThat(c.getBeanNamesForType(org.springframework.security.web.SecurityFilterChain.class)).isEmpty();
            assertThat(c.getBeanNamesForType(org.springframework.web.servlet.DispatcherServlet.class)).isEmpty();
            assertThat(c.getBeanNamesForType(org.springframework.security.authentication.AuthenticationEventPublisher.class)).isEmpty();
        }
    }
}
