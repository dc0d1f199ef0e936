-- Keyset (cursor) paging, issue 9. Reports "newest first" (evaluaties, leerzame voorbeelden, lessen) are ordered
-- aangemaakt_op DESC, id DESC: one direction, so that "after the cursor" is one row comparison,
-- (aangemaakt_op, id) < (:aangemaaktOp, :id), which these indexes answer by seeking to it at any depth. The former
-- indexes ended in id ASC and fit that order no more.
DROP INDEX evaluatie_lijst_idx;
DROP INDEX evaluatie_aangemaakt_idx;
DROP INDEX evaluatie_gedeeld_idx;
CREATE INDEX evaluatie_lijst_idx ON evaluatie (gemeente_code, aangemaakt_op DESC, id DESC);
CREATE INDEX evaluatie_aangemaakt_idx ON evaluatie (aangemaakt_op DESC, id DESC);
-- Leerzame voorbeelden and the werkvorm aggregate read the shared reports of every gemeente.
CREATE INDEX evaluatie_gedeeld_idx ON evaluatie (aangemaakt_op DESC, id DESC) WHERE gedeeld;
