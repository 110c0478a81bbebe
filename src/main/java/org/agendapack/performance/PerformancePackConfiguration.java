package org.agendapack.performance;

import org.agendapack.dataset.IngestSteps;
import org.agendapack.dataset.SourceRecordReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kpi-months ingest step of the build job: read, check each row, stage in kpi_value. */
@Configuration
public class PerformancePackConfiguration {

    @Bean
    @StepScope
    public SourceRecordReader kpiMonthsReader(@Value("#{stepExecution}") StepExecution step, IngestSteps ingest) {
        return ingest.reader(step, KpiMonths.FORMAT);
    }

    @Bean
    public Step ingestKpiMonths(IngestSteps ingest, SourceRecordReader kpiMonthsReader, KpiMonths kpiMonths) {
        return ingest.step("ingestKpiMonths", kpiMonthsReader, kpiMonths);
    }
}
