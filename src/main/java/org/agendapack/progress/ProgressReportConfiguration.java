package org.agendapack.progress;

import org.agendapack.dataset.IngestSteps;
import org.agendapack.dataset.SourceRecordReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recommendations ingest step of the build job: read, check each row, stage in recommendation. */
@Configuration
public class ProgressReportConfiguration {

    @Bean
    @StepScope
    public SourceRecordReader recommendationsReader(@Value("#{stepExecution}") StepExecution step, IngestSteps ingest) {
        return ingest.reader(step, Recommendations.FORMAT);
    }

    @Bean
    public Step ingestRecommendations(IngestSteps ingest, SourceRecordReader recommendationsReader,
            Recommendations recommendations) {
        return ingest.step("ingestRecommendations", recommendationsReader, recommendations);
    }
}
