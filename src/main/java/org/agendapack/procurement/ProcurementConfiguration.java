package org.agendapack.procurement;

import org.agendapack.dataset.IngestSteps;
import org.agendapack.dataset.SourceRecordReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The procurement ingest step of the build job: read, check each row, stage in procurement. */
@Configuration
public class ProcurementConfiguration {

    @Bean
    @StepScope
    public SourceRecordReader procurementReader(@Value("#{stepExecution}") StepExecution step, IngestSteps ingest) {
        return ingest.reader(step, Procurements.FORMAT);
    }

    @Bean
    public Step ingestProcurement(IngestSteps ingest, SourceRecordReader procurementReader, Procurements procurements) {
        return ingest.step("ingestProcurement", procurementReader, procurements);
    }
}
