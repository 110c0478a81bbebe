package org.agendapack.deadline;

import java.time.Clock;

import org.agendapack.settings.AgendapackProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DeadlineConfiguration {

    @Bean
    public DeadlineNotice deadlineNotice(AgendapackProperties properties) {
        return new DeadlineNotice(BankHolidays.read(properties.bankHolidays()), Clock.system(DeadlineNotice.UK));
    }
}
