-- evaluation-service schema: samenwerkingsverslagen (evaluaties) and the burgerpeiling.
-- Gemeenten, kernen and initiatieven live in the registry-service; only their ids and codes are kept here.

CREATE TABLE evaluatie (
    id                     uuid          PRIMARY KEY,
    gemeente_code          varchar(6)    NOT NULL CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
    initiatief_id          uuid          NOT NULL,
    initiatief_titel       varchar(200),
    terugkoppeling_gegeven boolean,
    terugkoppeling_hoe     varchar(1000),
    terugkoppeling_wanneer date,
    gepland_niveau         varchar(20)   CHECK (gepland_niveau IN ('INFORMEREN', 'RAADPLEGEN', 'ADVISEREN', 'COPRODUCEREN', 'MEEBESLISSEN')),
    gepland_niveau_bron    varchar(30)   NOT NULL CHECK (gepland_niveau_bron IN ('BEOORDELING', 'GEEN_BEOORDELING', 'ASSESSMENT_ONBEREIKBAAR')),
    beoordeling_id         uuid,
    gerealiseerd_niveau    varchar(20)   NOT NULL CHECK (gerealiseerd_niveau IN ('INFORMEREN', 'RAADPLEGEN', 'ADVISEREN', 'COPRODUCEREN', 'MEEBESLISSEN')),
    gedeeld                boolean       NOT NULL,
    opsteller_naam         varchar(200),
    opsteller_email        varchar(320),
    versie                 bigint        NOT NULL DEFAULT 0,
    aangemaakt_op          timestamptz   NOT NULL DEFAULT now(),
    gewijzigd_op           timestamptz   NOT NULL DEFAULT now(),
    CHECK ((gepland_niveau_bron = 'BEOORDELING') = (gepland_niveau IS NOT NULL))
);
-- One report per initiatief.
CREATE UNIQUE INDEX evaluatie_initiatief_uniek ON evaluatie (initiatief_id);
CREATE INDEX evaluatie_lijst_idx ON evaluatie (gemeente_code, aangemaakt_op DESC, id);
CREATE INDEX evaluatie_aangemaakt_idx ON evaluatie (aangemaakt_op DESC, id);
-- Leerzame voorbeelden and the werkvorm aggregate read the shared reports of every gemeente.
CREATE INDEX evaluatie_gedeeld_idx ON evaluatie (aangemaakt_op DESC, id) WHERE gedeeld;

CREATE TABLE evaluatie_kern (
    evaluatie_id uuid    NOT NULL REFERENCES evaluatie (id) ON DELETE CASCADE,
    positie      integer NOT NULL,
    kern_id      uuid    NOT NULL,
    PRIMARY KEY (evaluatie_id, positie)
);
CREATE INDEX evaluatie_kern_kern_idx ON evaluatie_kern (kern_id, evaluatie_id);

CREATE TABLE evaluatie_doel (
    evaluatie_id uuid          NOT NULL REFERENCES evaluatie (id) ON DELETE CASCADE,
    positie      integer       NOT NULL,
    omschrijving varchar(500)  NOT NULL,
    resultaat    varchar(20)   NOT NULL CHECK (resultaat IN ('BEHAALD', 'DEELS', 'NIET_BEHAALD')),
    toelichting  varchar(2000),
    PRIMARY KEY (evaluatie_id, positie)
);

CREATE TABLE evaluatie_les (
    evaluatie_id uuid          NOT NULL REFERENCES evaluatie (id) ON DELETE CASCADE,
    positie      integer       NOT NULL,
    soort        varchar(20)   NOT NULL CHECK (soort IN ('SUCCESFACTOR', 'LEERPUNT', 'KNELPUNT')),
    tekst        varchar(2000) NOT NULL,
    in_regels    boolean       NOT NULL,
    PRIMARY KEY (evaluatie_id, positie)
);

CREATE TABLE evaluatie_oordeel (
    evaluatie_id uuid          NOT NULL REFERENCES evaluatie (id) ON DELETE CASCADE,
    positie      integer       NOT NULL,
    groep        varchar(20)   NOT NULL CHECK (groep IN ('INWONERS', 'INITIATIEFNEMERS', 'RAADSLEDEN', 'AMBTENAREN')),
    score        integer       NOT NULL CHECK (score BETWEEN 1 AND 10),
    opmerking    varchar(2000),
    PRIMARY KEY (evaluatie_id, positie)
);

CREATE TABLE evaluatie_werkvorm (
    evaluatie_id uuid         NOT NULL REFERENCES evaluatie (id) ON DELETE CASCADE,
    positie      integer      NOT NULL,
    werkvorm     varchar(100) NOT NULL,
    schaal       varchar(20)  NOT NULL CHECK (schaal IN ('STRAAT_BUURT', 'DORP_WIJK', 'GEBIED_REGIO', 'GEMEENTE')),
    waardering   integer      NOT NULL CHECK (waardering BETWEEN 1 AND 5),
    PRIMARY KEY (evaluatie_id, positie)
);
-- The werkvorm aggregate filters on schaal and groups on the name.
CREATE INDEX evaluatie_werkvorm_schaal_idx ON evaluatie_werkvorm (schaal, lower(werkvorm));

CREATE TABLE evaluatie_valkuil (
    evaluatie_id uuid        NOT NULL REFERENCES evaluatie (id) ON DELETE CASCADE,
    positie      integer     NOT NULL,
    valkuil      varchar(40) NOT NULL CHECK (valkuil IN ('PARTICIPATIE_OM_DE_PARTICIPATIE', 'CONSENSUS_ILLUSIE',
        'WEGLOPEN_VOOR_BESLISSINGEN', 'CONSENSUS_VAN_KLANKBORDGROEP', 'REPRESENTATIEF_BEELD_ALS_EIS',
        'ONGENOEGEN_OP_PROCES', 'ONVOLDOENDE_ORGANISATIE', 'LIPPENDIENST', 'APART_PROCES',
        'GEEN_GOEDE_SAMENWERKINGSSPELER')),
    PRIMARY KEY (evaluatie_id, positie)
);

CREATE TABLE evaluatie_thema (
    evaluatie_id uuid         NOT NULL REFERENCES evaluatie (id) ON DELETE CASCADE,
    positie      integer      NOT NULL,
    thema        varchar(100) NOT NULL CHECK (thema = lower(thema)),
    PRIMARY KEY (evaluatie_id, positie)
);
CREATE INDEX evaluatie_thema_idx ON evaluatie_thema (thema, evaluatie_id);

-- Burgerpeiling: stellingen (and the rapportcijfer) per gemeente, with metingen and doelen per year.
CREATE TABLE burgerpeiling_stelling (
    id            uuid         PRIMARY KEY,
    gemeente_code varchar(6)   NOT NULL CHECK (gemeente_code ~ '^GM[0-9]{4}$'),
    nummer        integer      NOT NULL CHECK (nummer BETWEEN 1 AND 999),
    tekst         varchar(500) NOT NULL,
    eenheid       varchar(20)  NOT NULL CHECK (eenheid IN ('PERCENTAGE', 'RAPPORTCIJFER')),
    versie        bigint       NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz  NOT NULL DEFAULT now()
);
-- Also the list order (gemeente, nummer).
CREATE UNIQUE INDEX burgerpeiling_stelling_nummer_uniek ON burgerpeiling_stelling (gemeente_code, nummer);

CREATE TABLE burgerpeiling_meting (
    id            uuid         PRIMARY KEY,
    stelling_id   uuid         NOT NULL REFERENCES burgerpeiling_stelling (id),
    jaar          integer      NOT NULL CHECK (jaar BETWEEN 1990 AND 2100),
    waarde        numeric(4,1) NOT NULL CHECK (waarde BETWEEN 0 AND 100),
    benchmark     numeric(4,1) CHECK (benchmark BETWEEN 0 AND 100),
    versie        bigint       NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX burgerpeiling_meting_jaar_uniek ON burgerpeiling_meting (stelling_id, jaar);

CREATE TABLE burgerpeiling_doel (
    id            uuid         PRIMARY KEY,
    stelling_id   uuid         NOT NULL REFERENCES burgerpeiling_stelling (id),
    jaar          integer      NOT NULL CHECK (jaar BETWEEN 1990 AND 2100),
    waarde        numeric(4,1) NOT NULL CHECK (waarde BETWEEN 0 AND 100),
    versie        bigint       NOT NULL DEFAULT 0,
    aangemaakt_op timestamptz  NOT NULL DEFAULT now(),
    gewijzigd_op  timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX burgerpeiling_doel_jaar_uniek ON burgerpeiling_doel (stelling_id, jaar);
