package org.agendapack.projects;

import org.agendapack.dataset.IngestSteps;
import org.agendapack.dataset.SourceRecordReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projects ingest step of the build job: read, check each row, stage in project. */
@Configuration
public class ProjectsConfiguration {

    @Bean
    @StepScope
    public SourceRecordReader projectsReader(@Value("#{stepExecution}") StepExecution step, IngestSteps ingest) {
        return ingest.reader(step, Projects.FORMAT);
    }

    @Bean
    public Step ingestProjects(IngestSteps ingest, SourceRecordReader projectsReader, Projects projects) {
        return ingest.step("ingestProjects", projectsReader, projects);
    }
}
