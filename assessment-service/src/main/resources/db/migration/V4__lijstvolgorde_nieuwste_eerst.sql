-- Keyset (cursor) paging, issue 9. The list of beoordelingen is ordered aangemaakt_op DESC, id DESC: one
-- direction, so that "after the cursor" is one row comparison, (aangemaakt_op, id) < (:aangemaaktOp, :id), which
-- these indexes answer by seeking to it at any depth. The former indexes ended in id ASC and fit that order no more.
DROP INDEX beoordeling_lijst_idx;
DROP INDEX beoordeling_aangemaakt_idx;
DROP INDEX beoordeling_initiatief_idx;
DROP INDEX beoordeling_kern_idx;
DROP INDEX beoordeling_niveau_idx;
DROP INDEX beoordeling_intensiteit_idx;
CREATE INDEX beoordeling_lijst_idx ON beoordeling (gemeente_code, aangemaakt_op DESC, id DESC);
CREATE INDEX beoordeling_aangemaakt_idx ON beoordeling (aangemaakt_op DESC, id DESC);
CREATE INDEX beoordeling_initiatief_idx ON beoordeling (initiatief_id, aangemaakt_op DESC, id DESC);
CREATE INDEX beoordeling_kern_idx ON beoordeling (kern_id, aangemaakt_op DESC, id DESC);
CREATE INDEX beoordeling_niveau_idx ON beoordeling (gemeente_code, niveau, aangemaakt_op DESC, id DESC);
CREATE INDEX beoordeling_intensiteit_idx ON beoordeling (gemeente_code, intensiteit, aangemaakt_op DESC, id DESC);
