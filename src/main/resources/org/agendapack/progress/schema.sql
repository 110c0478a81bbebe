-- Staging and report tables of the progress feature, keyed by build.
CREATE MEMORY TABLE IF NOT EXISTS recommendation (
  build_id BIGINT NOT NULL,
  id VARCHAR(200) NOT NULL,
  part VARCHAR(10) NOT NULL,
  recommendation VARCHAR(32000) NOT NULL,
  responsibility VARCHAR(32000),
  due VARCHAR(32000),
  assessment INT NOT NULL,
  anticipated VARCHAR(10),
  assessment_note VARCHAR(32000),
  evidence VARCHAR(32000),
  line BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS recommendation_build ON recommendation (build_id, line);

CREATE MEMORY TABLE IF NOT EXISTS progress_category (
  build_id BIGINT NOT NULL,
  assessment INT NOT NULL,
  parts INT NOT NULL
);
CREATE INDEX IF NOT EXISTS progress_category_build ON progress_category (build_id);
