-- Notifications of every service (api-rules notificaties). Repeatable migration from the api-rules jar: every
-- service gets the same tables.
--
-- The outbox: one row per changed object per transaction, written by the AuditInterceptor in the transaction of the
-- change itself, so a committed change always has its notification and a rolled-back one never. No personal data:
-- which object (kanaal + id), what happened, and its gemeente and kernen as kenmerken.
create table if not exists notificatie (
    volgnummer  bigserial primary key,
    id          uuid not null unique,
    tijdstip    timestamptz not null,
    kanaal      varchar(80) not null,
    hoofd_id    varchar(200) not null,
    resource    varchar(80) not null,
    resource_id varchar(200),
    actie       varchar(20) not null,
    gemeente    varchar(6),
    kernen      jsonb not null default '[]',
    -- The writing transaction: rows are handed out only once every older transaction has ended, so a row that
    -- commits late cannot be overtaken by a later row of the same object.
    transactie  xid8 not null default pg_current_xact_id(),
    verdeeld    boolean not null default false
);
create index if not exists notificatie_te_verdelen_idx on notificatie (volgnummer) where not verdeeld;
create index if not exists notificatie_tijdstip_idx on notificatie (tijdstip);

-- Who wants to hear of which changes. The secret and the authorization value are never returned by the API.
create table if not exists abonnement (
    id                  uuid primary key,
    versie              bigint not null,
    aangemaakt_op       timestamptz,
    gewijzigd_op        timestamptz,
    gemeente            varchar(6),
    callback_url        varchar(2000) not null,
    autorisatie         varchar(2000),
    geheim              varchar(200) not null,
    kanalen             jsonb not null
);
create index if not exists abonnement_gemeente_idx on abonnement (gemeente, id);

-- One row per notification per matching abonnement: what the dispatcher still has to deliver, retry or has parked.
create table if not exists aflevering (
    id              uuid primary key,
    abonnement_id   uuid not null references abonnement (id) on delete cascade,
    volgnummer      bigint not null references notificatie (volgnummer) on delete cascade,
    -- Deliveries of one object to one abonnement go out in volgnummer order.
    object          varchar(300) not null,
    status          varchar(12) not null,
    pogingen        int not null default 0,
    aangemaakt_op   timestamptz not null,
    volgende_poging timestamptz not null,
    laatste_poging  timestamptz,
    laatste_fout    varchar(300),
    afgeleverd_op   timestamptz
);
create index if not exists aflevering_wachtend_idx on aflevering (abonnement_id, volgnummer) where status = 'WACHTEND';
create index if not exists aflevering_lijst_idx on aflevering (abonnement_id, status, volgnummer);
create index if not exists aflevering_opruimen_idx on aflevering (afgeleverd_op) where status = 'AFGELEVERD';
