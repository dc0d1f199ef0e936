-- V2 (Buren's burgerpeiling) was removed and stays unused: see application.properties and FlywayMigratiesTest.
-- The samenwerkingsverslag (domain.md section 6) names on every page the rule-set version of the beoordeling whose
-- planned level it compares with; taken from the assessment-service with that level. Empty for reports without a
-- beoordeling and for reports written before this column.
ALTER TABLE evaluatie ADD COLUMN regelset_versie varchar(100);

-- Verplichte participatie (domain.md section 6): the raad's designated cases the beoordeling named, with the besluit,
-- taken over with the planned level; the samenwerkingsverslag says so on its first page.
CREATE TABLE evaluatie_verplicht_geval (
    evaluatie_id uuid          NOT NULL REFERENCES evaluatie (id) ON DELETE CASCADE,
    positie      integer       NOT NULL,
    code         varchar(100)  NOT NULL,
    omschrijving varchar(1000) NOT NULL,
    besluit      varchar(500)  NOT NULL,
    besluitdatum date          NOT NULL,
    PRIMARY KEY (evaluatie_id, positie)
);
