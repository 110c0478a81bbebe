-- The performance pack: KPI values as staged, the catalogue's targets, and each value rated.
CREATE TABLE IF NOT EXISTS kpi_value (
  build_id BIGINT NOT NULL,
  month CHAR(7) NOT NULL,
  organisation VARCHAR(200) NOT NULL,
  metric VARCHAR(200) NOT NULL,
  val DECIMAL(24, 8),
  line BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS kpi_value_build ON kpi_value (build_id, month);
CREATE INDEX IF NOT EXISTS kpi_value_metric ON kpi_value (build_id, metric, month);

CREATE TABLE IF NOT EXISTS kpi_metric (
  build_id BIGINT NOT NULL,
  metric VARCHAR(200) NOT NULL,
  position INT NOT NULL,
  target DECIMAL(24, 8),
  better VARCHAR(10) NOT NULL
);

CREATE TABLE IF NOT EXISTS kpi_cell (
  build_id BIGINT NOT NULL,
  month CHAR(7) NOT NULL,
  organisation VARCHAR(200) NOT NULL,
  metric VARCHAR(200) NOT NULL,
  val DECIMAL(24, 8),
  rating VARCHAR(10)
);
CREATE INDEX IF NOT EXISTS kpi_cell_build ON kpi_cell (build_id);
