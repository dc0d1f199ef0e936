-- The registry keeps an initiatief's beoordelingId in step with the assessment-service's beoordelingen (issue 13,
-- beoordeling.BeoordelingKoppeling): every notification of a beoordeling looks up who points at it. Partial indexes:
-- most initiatieven and verzoeken have no beoordeling.
create index initiatief_beoordeling on initiatief (beoordeling_id) where beoordeling_id is not null;
create index uitdaagrechtverzoek_beoordeling on uitdaagrechtverzoek (beoordeling_id) where beoordeling_id is not null;
