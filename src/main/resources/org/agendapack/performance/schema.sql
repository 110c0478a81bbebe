-- The performance pack: KPI values as staged, and each value rated.
CREATE MEMORY TABLE IF NOT EXISTS kpi_value (
  build_id BIGINT NOT NULL,
  month CHAR(7) NOT NULL,
  organisation VARCHAR(200) NOT NULL,
  metric VARCHAR(200) NOT NULL,
  val DECIMAL(24, 8),
  line BIGINT NOT NULL
);
-- No index: keeping one up costs more as every row is staged than it saves; each query reads the build's rows once.
DROP INDEX kpi_value_build IF EXISTS;
DROP INDEX kpi_value_metric IF EXISTS;

-- Rated in Java (Ratings): the catalogue is no longer staged.
DROP TABLE kpi_metric IF EXISTS;

-- The values with a target, rated (the values themselves are read from kpi_value). No index: written once, read once.
DROP TABLE kpi_cell IF EXISTS;
CREATE MEMORY TABLE IF NOT EXISTS kpi_rating (
  build_id BIGINT NOT NULL,
  month CHAR(7) NOT NULL,
  organisation VARCHAR(200) NOT NULL,
  metric VARCHAR(200) NOT NULL,
  rating VARCHAR(10) NOT NULL
);

-- Employees of each organisation from a date on (the headcount dataset), for calls per employee.
CREATE MEMORY TABLE IF NOT EXISTS headcount (
  build_id BIGINT NOT NULL,
  organisation VARCHAR(200) NOT NULL,
  from_date DATE NOT NULL,
  employees BIGINT NOT NULL,
  line BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS headcount_build ON headcount (build_id);

-- Customer survey responses (the survey-responses dataset), for the Net Promoter Score.
CREATE CACHED TABLE IF NOT EXISTS survey_response (
  build_id BIGINT NOT NULL,
  month CHAR(7) NOT NULL,
  organisation VARCHAR(200) NOT NULL,
  score INT NOT NULL,
  line BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS survey_response_build ON survey_response (build_id, month);
