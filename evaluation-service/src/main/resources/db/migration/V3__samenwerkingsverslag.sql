-- V2 (Buren's burgerpeiling) was removed and stays unused: see application.properties and FlywayMigratiesTest.
-- The samenwerkingsverslag (domain.md section 6) names on every page the rule-set version of the beoordeling whose
-- planned level it compares with; taken from the assessment-service with that level. Empty for reports without a
-- beoordeling and for reports written before this column.
ALTER TABLE evaluatie ADD COLUMN regelset_versie varchar(100);
