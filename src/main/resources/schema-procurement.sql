-- Staging and report tables of the procurement feature.
CREATE TABLE IF NOT EXISTS procurement_schema_marker (id INT);
