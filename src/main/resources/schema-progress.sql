-- Staging and report tables of the progress feature.
CREATE TABLE IF NOT EXISTS progress_schema_marker (id INT);
