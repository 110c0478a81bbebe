package org.agendapack.console;

import java.time.Clock;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.deadline.BankHolidays;
import org.agendapack.deadline.DeadlineNotice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.PropertySource;

/**
 * The web console's application ({@code agendapack serve}): web pages, security and the build queue, over the same
 * input and output folders as the command line. It holds no batch beans and no database: each build or check runs
 * in a batch context of its own ({@link MeetingEngine}). The command line never loads this class (its scan leaves
 * out this package).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration" })
@ComponentScan(basePackageClasses = ConsoleApplication.class)
@EnableConfigurationProperties({ AgendapackProperties.class, ConsoleProperties.class })
@PropertySource("classpath:console/console.properties")
public class ConsoleApplication {

    /** A web application, whatever application.yml (the command line's) says. */
    public static final String WEB = "spring.main.web-application-type=servlet";

    /**
     * The console's own auto-configuration exclusions, replacing application.yml's (which leave out everything web
     * for the command line). Our own users file replaces Boot's generated user.
     */
    public static final String OWN_EXCLUSIONS =
            "spring.autoconfigure.exclude=org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration";

    /** What the console's context must be started with, above application.yml. */
    public static final String[] REQUIRED = { "--" + WEB, "--" + OWN_EXCLUSIONS };

    @Bean
    Clock consoleClock() {
        return Clock.system(DeadlineNotice.UK);
    }

    @Bean
    BankHolidays bankHolidays(AgendapackProperties properties) {
        return BankHolidays.read(properties.bankHolidays());
    }

    @Bean
    Meetings meetings(AgendapackProperties properties, BankHolidays holidays, Clock clock) {
        return new Meetings(properties, holidays, clock);
    }

    @Bean
    AuditLog auditLog(AgendapackProperties properties, Clock clock) {
        return new AuditLog(properties.output(), clock);
    }

    @Bean(destroyMethod = "close")
    MeetingEngine meetingEngine(AgendapackProperties properties, ConsoleProperties console, AuditLog audit,
            @Value("${agendapack.console.warm-up:true}") boolean warmUp) {
        MeetingEngine engine = new MeetingEngine(properties, console.maxParallelBuilds(), audit);
        if (warmUp) {
            engine.warmUp();
        }
        return engine;
    }

    @Bean
    Validations validations(AgendapackProperties properties) {
        return new Validations(properties.output());
    }

    @Bean
    Uploads uploads(AgendapackProperties properties, MeetingEngine engine) {
        return new Uploads(properties, engine);
    }

    @Bean
    Pages pages(ConsoleProperties console) {
        return new Pages(console.templates(), console.title());
    }

    @Bean
    ConsoleUsers consoleUsers(ConsoleProperties console) {
        return new ConsoleUsers(console.users());
    }

    @Bean
    LoginAttempts loginAttempts(ConsoleProperties console, Clock clock) {
        return new LoginAttempts(console.loginAttempts(), console.loginWindow(), clock);
    }
}
