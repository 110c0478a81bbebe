-- Staging and report tables of the projects feature.
CREATE TABLE IF NOT EXISTS projects_schema_marker (id INT);
