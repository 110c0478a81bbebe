-- Staging and report tables of the procurement feature.
CREATE MEMORY TABLE IF NOT EXISTS procurement (
    build_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    reference VARCHAR(200) NOT NULL,
    title VARCHAR(2000) NOT NULL,
    organisations VARCHAR(1000) NOT NULL,
    stage VARCHAR(20) NOT NULL,
    position INT NOT NULL,
    route VARCHAR(500),
    supplier VARCHAR(500),
    value_gbp DECIMAL(18,2),
    expected_award DATE,
    upd VARCHAR(16000),
    PRIMARY KEY (build_id, line)
);
-- Count and total value by stage (filled by the procurement-update report's aggregate step).
CREATE MEMORY TABLE IF NOT EXISTS procurement_stage_total (
    build_id BIGINT NOT NULL,
    stage VARCHAR(20) NOT NULL,
    position INT NOT NULL,
    n INT NOT NULL,
    total_value DECIMAL(20,2),
    valued INT NOT NULL
);
