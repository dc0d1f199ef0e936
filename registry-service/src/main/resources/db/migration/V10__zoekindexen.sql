-- Text search (q) uses lower(x) LIKE '%term%': trigram indexes keep it from scanning whole tables.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX gemeente_naam_trgm ON gemeente USING gin (lower(naam) gin_trgm_ops);
CREATE INDEX kern_naam_trgm ON kern USING gin (lower(naam) gin_trgm_ops);
CREATE INDEX kernambtenaar_naam_trgm ON kernambtenaar USING gin (lower(naam) gin_trgm_ops);
CREATE INDEX dorpsbelangenorganisatie_naam_trgm ON dorpsbelangenorganisatie USING gin (lower(naam) gin_trgm_ops);
CREATE INDEX signaleringsgroep_naam_trgm ON signaleringsgroep USING gin (lower(naam) gin_trgm_ops);
CREATE INDEX initiatief_titel_trgm ON initiatief USING gin (lower(titel) gin_trgm_ops);
