-- assessment-service schema. Answers and outcomes are stored whole (jsonb) next to the columns
-- people filter on; every row is versioned for optimistic concurrency (ETag).

-- Rule sets a gemeente published (maatwerk). Immutable once published: there is no UPDATE path.
CREATE TABLE regelset (
    id             uuid         PRIMARY KEY,
    gemeente_code  varchar(6)   NOT NULL CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
    versie         integer      NOT NULL CHECK (versie >= 1),
    toelichting    varchar(4000),
    regels         jsonb        NOT NULL,
    gepubliceerd_op timestamptz NOT NULL DEFAULT now(),
    UNIQUE (gemeente_code, versie)
);
CREATE INDEX regelset_lijst_idx ON regelset (gemeente_code, versie DESC);

CREATE TABLE beoordeling (
    id                 uuid         PRIMARY KEY,
    gemeente_code      varchar(6)   NOT NULL CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
    initiatief_id      uuid,
    kern_id            uuid,
    invoer             jsonb        NOT NULL,
    uitkomst           jsonb        NOT NULL,
    niveau             varchar(20)  NOT NULL,
    ladderniveau       varchar(20)  NOT NULL,
    intensiteit        varchar(20)  NOT NULL,
    regelset_gemeente  varchar(6),
    regelset_versie    integer      NOT NULL CHECK (regelset_versie >= 1),
    checklist_antwoorden jsonb      NOT NULL DEFAULT '{}'::jsonb,
    versie             bigint       NOT NULL DEFAULT 0,
    aangemaakt_op      timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX beoordeling_lijst_idx ON beoordeling (gemeente_code, aangemaakt_op DESC, id);
CREATE INDEX beoordeling_aangemaakt_idx ON beoordeling (aangemaakt_op DESC, id);
CREATE INDEX beoordeling_initiatief_idx ON beoordeling (initiatief_id, aangemaakt_op DESC, id);
CREATE INDEX beoordeling_kern_idx ON beoordeling (kern_id, aangemaakt_op DESC, id);
CREATE INDEX beoordeling_niveau_idx ON beoordeling (gemeente_code, niveau, aangemaakt_op DESC, id);
CREATE INDEX beoordeling_intensiteit_idx ON beoordeling (gemeente_code, intensiteit, aangemaakt_op DESC, id);

-- BINNO samenwerkingstraject: 5 phases, 16 steps, feedback moments between raad and college.
CREATE TABLE samenwerkingstraject (
    id            uuid          PRIMARY KEY,
    gemeente_code varchar(6)    NOT NULL CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
    naam          varchar(200)  NOT NULL,
    omschrijving  varchar(4000),
    partners      jsonb         NOT NULL DEFAULT '[]'::jsonb,
    huidige_stap  integer       NOT NULL CHECK (huidige_stap BETWEEN 1 AND 16),
    versie        bigint        NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz   NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX samenwerkingstraject_lijst_idx ON samenwerkingstraject (gemeente_code, aangemaakt_op DESC, id);
CREATE INDEX samenwerkingstraject_aangemaakt_idx ON samenwerkingstraject (aangemaakt_op DESC, id);

-- The feedback moment that closes a phase: the college reported, the raad set or confirmed its kaders.
CREATE TABLE terugkoppelingsmoment (
    traject_id                uuid        NOT NULL REFERENCES samenwerkingstraject (id) ON DELETE CASCADE,
    fase                      varchar(20) NOT NULL CHECK (fase IN ('VERKENNING', 'INTENTIE', 'UITWERKING', 'REALISATIE', 'IN_BEDRIJF')),
    college_gerapporteerd_op  date,
    raad_kaders_vastgesteld_op date,
    toelichting               varchar(4000),
    vastgelegd_op             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (traject_id, fase),
    CHECK (college_gerapporteerd_op IS NOT NULL OR raad_kaders_vastgesteld_op IS NOT NULL)
);

-- Every move of a trajectory, numbered per trajectory so the history has a fixed order. A move back to an
-- earlier phase voids the feedback moments of the phases that are run again; they are kept here.
CREATE TABLE traject_overgang (
    id                         uuid          PRIMARY KEY,
    traject_id                 uuid          NOT NULL REFERENCES samenwerkingstraject (id) ON DELETE CASCADE,
    volgnummer                 integer       NOT NULL CHECK (volgnummer >= 1),
    van_stap                   integer       NOT NULL CHECK (van_stap BETWEEN 1 AND 16),
    naar_stap                  integer       NOT NULL CHECK (naar_stap BETWEEN 1 AND 16),
    reden                      varchar(4000),
    actor                      varchar(200)  NOT NULL,
    tijdstip                   timestamptz   NOT NULL,
    vervallen_terugkoppelingen jsonb         NOT NULL DEFAULT '[]'::jsonb,
    UNIQUE (traject_id, volgnummer)
);
