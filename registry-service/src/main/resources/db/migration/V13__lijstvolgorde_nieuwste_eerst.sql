-- Keyset (cursor) paging, issue 9. A list "newest first" is ordered aangemaakt_op DESC, id DESC: one direction,
-- so that "after the cursor" is one row comparison, (aangemaakt_op, id) < (:aangemaaktOp, :id), which these
-- indexes answer by seeking to it at any depth. The former indexes ended in id ASC and fit that order no more.
DROP INDEX initiatief_lijst_idx;
DROP INDEX initiatief_status_idx;
DROP INDEX initiatief_aangemaakt_idx;
CREATE INDEX initiatief_lijst_idx ON initiatief (gemeente_code, aangemaakt_op DESC, id DESC);
CREATE INDEX initiatief_status_idx ON initiatief (gemeente_code, status, aangemaakt_op DESC, id DESC);
CREATE INDEX initiatief_aangemaakt_idx ON initiatief (aangemaakt_op DESC, id DESC);
