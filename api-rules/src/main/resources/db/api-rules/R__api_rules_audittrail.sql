-- The audit trail of every service (api-rules AuditInterceptor): one row per created, changed or deleted
-- object, written in the transaction of the change itself. Personal values are never stored, only a
-- pseudonym. Repeatable migration from the api-rules jar: every service gets the same table.
create table if not exists audittrail (
    id                  uuid primary key,
    aanmaakdatum        timestamptz not null,
    bron                varchar(60) not null,
    hoofd_resource      varchar(80) not null,
    hoofd_id            varchar(200) not null,
    gemeente            varchar(6),
    resource            varchar(80) not null,
    resource_id         varchar(200),
    actie               varchar(20) not null,
    gebruikers_id       varchar(255),
    gebruikers_weergave varchar(255),
    applicatie_id       varchar(255),
    wijzigingen         jsonb not null
);
create index if not exists audittrail_hoofdobject_idx on audittrail (hoofd_resource, hoofd_id, aanmaakdatum, id);
-- The gemeente the actor acted for (the token's): who made a change is shown to that gemeente only, which
-- matters for entries without a gemeente of their own (national figures). Older entries: the object's gemeente,
-- the only one a write could then be made for.
alter table audittrail add column if not exists gebruikers_gemeente varchar(6);
update audittrail set gebruikers_gemeente = gemeente
 where gebruikers_gemeente is null and gemeente is not null and gebruikers_id <> 'systeem';
