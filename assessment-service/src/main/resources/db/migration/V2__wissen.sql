-- Erasure of personal data (AVG art. 17, domain.md section 4). A trajectory's history is append-only, so an erasure
-- of the actors in it is recorded on the trajectory itself: this change is what its audit trail shows.
ALTER TABLE samenwerkingstraject ADD COLUMN persoonsgegevens_gewist_op timestamptz;
