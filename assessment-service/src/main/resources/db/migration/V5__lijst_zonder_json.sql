-- Issue 9: a page of GET /beoordelingen reads these copies instead of the whole answers and outcome (about 12 kB of
-- JSON per row, the outcome stored out of line): at a million rows, reading those cold made a page more than 1.5 x
-- slower than at a thousand. PostgreSQL generates them from the JSON on every insert and update (the erasure's too),
-- so no code writes them and they cannot drift; the entity maps them read-only (Beoordeling.lijst*).
-- An outcome stored before verplichteParticipatie existed (shape 1) has none: the list says "not mandatory" for it,
-- as GET /beoordelingen/{id} does (OpgeslagenUitkomst).
ALTER TABLE beoordeling
    ADD COLUMN lijst_doel text GENERATED ALWAYS AS (invoer ->> 'doel') STORED,
    ADD COLUMN lijst_activiteit text GENERATED ALWAYS AS (invoer ->> 'activiteit') STORED,
    ADD COLUMN lijst_initiatiefnemer text GENERATED ALWAYS AS (invoer ->> 'initiatiefnemer') STORED,
    ADD COLUMN lijst_schaal text GENERATED ALWAYS AS (invoer ->> 'schaal') STORED,
    ADD COLUMN lijst_regelset_naam text GENERATED ALWAYS AS (uitkomst ->> 'regelsetVersie') STORED,
    ADD COLUMN lijst_verplichte_participatie jsonb GENERATED ALWAYS AS (uitkomst -> 'verplichteParticipatie') STORED;
