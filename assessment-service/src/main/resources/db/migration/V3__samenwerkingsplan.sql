-- The planning part of step 4 (domain.md section 6) that a team fills in: per belanghebbende the activiteit and
-- when, and the communication plan. Stored with its beoordeling (and versioned with it) as JSON, in the shape of
-- samenwerkingsplan.Planning; a beoordeling written before this column has an empty planning.
ALTER TABLE beoordeling ADD COLUMN planning jsonb NOT NULL DEFAULT '{"activiteiten":[],"communicatie":[]}';
