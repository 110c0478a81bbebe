-- Staging and report tables of the projects feature.
CREATE MEMORY TABLE IF NOT EXISTS project (
    build_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    id VARCHAR(200) NOT NULL,
    name VARCHAR(2000) NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    stage VARCHAR(20) NOT NULL,
    rag VARCHAR(10) NOT NULL,
    start_date DATE,
    planned_end DATE,
    forecast_end DATE,
    percent_complete DECIMAL(7,2),
    manager VARCHAR(500),
    upd VARCHAR(16000),
    PRIMARY KEY (build_id, line)
);
-- Counts by organisation, stage and RAG (filled by the project-status report's aggregate step).
CREATE MEMORY TABLE IF NOT EXISTS project_count (
    build_id BIGINT NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    stage VARCHAR(20) NOT NULL,
    rag VARCHAR(10) NOT NULL,
    n INT NOT NULL
);
