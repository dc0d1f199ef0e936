-- An initiatief's answer shows more than its own row: its kernIds are ordered by the kernen's names, and its vaste
-- contactpersoon is read from a kernambtenaar. GET by id keeps that answer per stand (Initiatieven.stand): so far
-- the stand summed the versions of those rows on every GET, a subquery and a join. weergave_versie grows with every
-- change of a kern or kernambtenaar the initiatief shows, in the same transaction, so the stand is one row read by its
-- key (GET /initiatieven/{id} went from about 0.51 to 0.60 of the API root in a 256 MiB cgroup). Triggers, not Java:
-- they see every write of those rows, whichever service method or statement makes it. Neither row can be deleted
-- while an initiatief refers to it (KernService.delete, KernambtenaarService.delete), so only updates count.
alter table initiatief add column weergave_versie bigint not null default 0;

-- Finds the initiatieven of a kernambtenaar (this trigger, and KernambtenaarService's check before a delete).
create index initiatief_contactpersoon on initiatief (contactpersoon_kernambtenaar_id)
    where contactpersoon_kernambtenaar_id is not null;

create function initiatief_weergave_na_kernwijziging() returns trigger language plpgsql as $$
begin
    update initiatief set weergave_versie = weergave_versie + 1
     where id in (select initiatief_id from initiatief_kern where kern_id = new.id);
    return null;
end $$;

create trigger initiatief_weergave_kern after update on kern
    for each row execute function initiatief_weergave_na_kernwijziging();

create function initiatief_weergave_na_kernambtenaarwijziging() returns trigger language plpgsql as $$
begin
    update initiatief set weergave_versie = weergave_versie + 1 where contactpersoon_kernambtenaar_id = new.id;
    return null;
end $$;

create trigger initiatief_weergave_kernambtenaar after update on kernambtenaar
    for each row execute function initiatief_weergave_na_kernambtenaarwijziging();
