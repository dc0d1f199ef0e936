-- registry-service schema. Every entity carries a version for optimistic concurrency (ETag).
-- Lists are ordered on indexed columns ending in the primary key, so paging stays deterministic.

CREATE TABLE gemeente (
    code          varchar(6)   PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
    naam          varchar(200) NOT NULL,
    versie        bigint       NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX gemeente_naam_idx ON gemeente (naam, code);

CREATE TABLE kern (
    id            uuid         PRIMARY KEY,
    gemeente_code varchar(6)   NOT NULL REFERENCES gemeente (code),
    naam          varchar(200) NOT NULL,
    inwonertal    integer      CHECK (inwonertal >= 0),
    kernwethouder varchar(200),
    versie        bigint       NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX kern_naam_uniek ON kern (gemeente_code, lower(naam));
CREATE INDEX kern_lijst_idx ON kern (gemeente_code, naam, id);
CREATE INDEX kern_naam_idx ON kern (naam, id);

CREATE TABLE kernambtenaar (
    id            uuid         PRIMARY KEY,
    gemeente_code varchar(6)   NOT NULL REFERENCES gemeente (code),
    naam          varchar(200) NOT NULL,
    email         varchar(320) NOT NULL,
    telefoon      varchar(40),
    versie        bigint       NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX kernambtenaar_lijst_idx ON kernambtenaar (gemeente_code, naam, id);
CREATE INDEX kernambtenaar_naam_idx ON kernambtenaar (naam, id);

CREATE TABLE kernambtenaar_kern (
    kernambtenaar_id uuid NOT NULL REFERENCES kernambtenaar (id) ON DELETE CASCADE,
    kern_id          uuid NOT NULL REFERENCES kern (id),
    PRIMARY KEY (kernambtenaar_id, kern_id)
);
CREATE INDEX kernambtenaar_kern_kern_idx ON kernambtenaar_kern (kern_id);

CREATE TABLE inflatiecijfer (
    jaar           integer      PRIMARY KEY CHECK (jaar BETWEEN 2000 AND 2200),
    cpi_percentage numeric(5,1) NOT NULL,
    versie         bigint       NOT NULL DEFAULT 0,
    aangemaakt_op  timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op   timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE dorpsbelangenorganisatie (
    id                           uuid         PRIMARY KEY,
    gemeente_code                varchar(6)   NOT NULL REFERENCES gemeente (code),
    naam                         varchar(200) NOT NULL,
    rechtsvorm                   varchar(20)  NOT NULL CHECK (rechtsvorm IN ('VERENIGING', 'STICHTING', 'OVERIG')),
    convenant_getekend_op        date,
    convenant_evaluatie_uiterlijk date,
    dkk_lidmaatschap_vergoed     boolean      NOT NULL DEFAULT false,
    contact_naam                 varchar(200),
    contact_email                varchar(320),
    contact_telefoon             varchar(40),
    versie                       bigint       NOT NULL DEFAULT 0,
    aangemaakt_op                timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op                 timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX dorpsbelangenorganisatie_lijst_idx ON dorpsbelangenorganisatie (gemeente_code, naam, id);
CREATE INDEX dorpsbelangenorganisatie_naam_idx ON dorpsbelangenorganisatie (naam, id);

CREATE TABLE dorpsbelangenorganisatie_kern (
    dorpsbelangenorganisatie_id uuid NOT NULL REFERENCES dorpsbelangenorganisatie (id) ON DELETE CASCADE,
    kern_id                     uuid NOT NULL REFERENCES kern (id),
    PRIMARY KEY (dorpsbelangenorganisatie_id, kern_id)
);
CREATE INDEX dorpsbelangenorganisatie_kern_kern_idx ON dorpsbelangenorganisatie_kern (kern_id);

CREATE TABLE signaleringsgroep (
    id               uuid         PRIMARY KEY,
    gemeente_code    varchar(6)   NOT NULL REFERENCES gemeente (code),
    kern_id          uuid         REFERENCES kern (id),
    soort            varchar(30)  NOT NULL CHECK (soort IN ('SIGNALERINGSGROEP', 'WHATSAPP_COORDINATOR')),
    naam             varchar(200) NOT NULL,
    contact_naam     varchar(200),
    contact_email    varchar(320),
    contact_telefoon varchar(40),
    versie           bigint       NOT NULL DEFAULT 0,
    aangemaakt_op    timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX signaleringsgroep_lijst_idx ON signaleringsgroep (gemeente_code, naam, id);
CREATE INDEX signaleringsgroep_kern_idx ON signaleringsgroep (kern_id, naam, id);

-- The yearly volunteer allowance of a signaleringsgroep per gemeente; the whatsapp-coordinator gets the same.
CREATE TABLE signaleringsvergoeding (
    gemeente_code varchar(6)    NOT NULL REFERENCES gemeente (code),
    jaar          integer       NOT NULL CHECK (jaar BETWEEN 2000 AND 2200),
    bedrag        numeric(12,2) NOT NULL CHECK (bedrag >= 0),
    versie        bigint        NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz   NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (gemeente_code, jaar)
);

CREATE TABLE initiatief (
    id                           uuid          PRIMARY KEY,
    gemeente_code                varchar(6)    NOT NULL REFERENCES gemeente (code),
    titel                        varchar(200)  NOT NULL,
    doel                         varchar(4000) NOT NULL,
    activiteit                   varchar(4000) NOT NULL,
    schaal                       varchar(20)   NOT NULL,
    initiatiefnemer_type         varchar(20)   NOT NULL,
    initiatiefnemer_naam         varchar(200)  NOT NULL,
    initiatiefnemer_contact      varchar(320),
    contactpersoon_kernambtenaar_id uuid       REFERENCES kernambtenaar (id),
    contactpersoon_naam          varchar(200),
    contactpersoon_email         varchar(320),
    status                       varchar(20)   NOT NULL,
    beoordeling_id               uuid,
    overheidsrol                 varchar(20),
    leefbaarheidsaanvraag_id     uuid,
    versie                       bigint        NOT NULL DEFAULT 0,
    aangemaakt_op                timestamptz   NOT NULL DEFAULT now(),
    gewijzigd_op                 timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX initiatief_lijst_idx ON initiatief (gemeente_code, aangemaakt_op DESC, id);
CREATE INDEX initiatief_status_idx ON initiatief (gemeente_code, status, aangemaakt_op DESC, id);
CREATE INDEX initiatief_aangemaakt_idx ON initiatief (aangemaakt_op DESC, id);

CREATE TABLE initiatief_kern (
    initiatief_id uuid NOT NULL REFERENCES initiatief (id) ON DELETE CASCADE,
    kern_id       uuid NOT NULL REFERENCES kern (id),
    PRIMARY KEY (initiatief_id, kern_id)
);
CREATE INDEX initiatief_kern_kern_idx ON initiatief_kern (kern_id);

CREATE TABLE initiatief_statuswijziging (
    id            uuid          PRIMARY KEY,
    initiatief_id uuid          NOT NULL REFERENCES initiatief (id) ON DELETE CASCADE,
    van_status    varchar(20),
    naar_status   varchar(20)   NOT NULL,
    reden         varchar(4000),
    actor         varchar(200)  NOT NULL,
    tijdstip      timestamptz   NOT NULL
);
CREATE INDEX initiatief_statuswijziging_idx ON initiatief_statuswijziging (initiatief_id, tijdstip, id);

CREATE TABLE leefbaarheidsbudget (
    id            uuid          PRIMARY KEY,
    gemeente_code varchar(6)    NOT NULL REFERENCES gemeente (code),
    jaar          integer       NOT NULL CHECK (jaar BETWEEN 2000 AND 2200),
    kern_id       uuid          REFERENCES kern (id),
    totaalbedrag  numeric(12,2) NOT NULL CHECK (totaalbedrag >= 0),
    beslismodus   varchar(20)   NOT NULL CHECK (beslismodus IN ('STEMMEN', 'COMMISSIE', 'GEMEENTE')),
    versie        bigint        NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz   NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz   NOT NULL DEFAULT now()
);
-- One budget per gemeente, year and kern (or gemeente-wide: kern NULL counts as one).
CREATE UNIQUE INDEX leefbaarheidsbudget_uniek
    ON leefbaarheidsbudget (gemeente_code, jaar, coalesce(kern_id, '00000000-0000-0000-0000-000000000000'));
CREATE INDEX leefbaarheidsbudget_lijst_idx ON leefbaarheidsbudget (gemeente_code, jaar DESC, id);

CREATE TABLE leefbaarheidsaanvraag (
    id               uuid          PRIMARY KEY,
    budget_id        uuid          NOT NULL REFERENCES leefbaarheidsbudget (id),
    initiatief_id    uuid          REFERENCES initiatief (id),
    aanvrager        varchar(200)  NOT NULL,
    omschrijving     varchar(4000) NOT NULL,
    gevraagd_bedrag  numeric(12,2) NOT NULL CHECK (gevraagd_bedrag > 0),
    status           varchar(20)   NOT NULL CHECK (status IN ('INGEDIEND', 'TOEGEKEND', 'AFGEWEZEN')),
    toegekend_bedrag numeric(12,2) CHECK (toegekend_bedrag > 0),
    besluit_reden    varchar(4000),
    besloten_op      timestamptz,
    versie           bigint        NOT NULL DEFAULT 0,
    aangemaakt_op    timestamptz   NOT NULL DEFAULT now(),
    gewijzigd_op     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX leefbaarheidsaanvraag_budget_idx ON leefbaarheidsaanvraag (budget_id, aangemaakt_op, id);
CREATE INDEX leefbaarheidsaanvraag_toegekend_idx ON leefbaarheidsaanvraag (budget_id) WHERE status = 'TOEGEKEND';

CREATE TABLE incidentele_ondersteuning (
    id            uuid          PRIMARY KEY,
    gemeente_code varchar(6)    NOT NULL REFERENCES gemeente (code),
    jaar          integer       NOT NULL CHECK (jaar BETWEEN 2000 AND 2200),
    initiatief_id uuid          REFERENCES initiatief (id),
    omschrijving  varchar(4000) NOT NULL,
    bedrag        numeric(12,2) NOT NULL CHECK (bedrag > 0),
    versie        bigint        NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz   NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX incidentele_ondersteuning_idx ON incidentele_ondersteuning (gemeente_code, jaar, aangemaakt_op, id);
