-- The uitdaagrecht (right to challenge, domain.md §5): verzoeken, their status history and herstelverzoeken.

CREATE TABLE uitdaagrechtverzoek (
    id                          uuid          PRIMARY KEY,
    gemeente_code               varchar(6)    NOT NULL REFERENCES gemeente (code),
    ontvangstdatum              date          NOT NULL,
    -- The rule set in force on the ontvangstdatum: NULL is the default rule set.
    regelset_id                 uuid          REFERENCES regelset (id),
    regelset_versie             varchar(20)   NOT NULL,
    indiener_type               varchar(30)   NOT NULL CHECK (indiener_type IN ('INWONERS', 'MAATSCHAPPELIJKE_PARTIJ')),
    indiener_naam               varchar(200)  NOT NULL,
    indiener_rechtsvorm         varchar(200),
    contact_naam                varchar(200),
    contact_email               varchar(320),
    contact_telefoon            varchar(40),
    taak_omschrijving           varchar(4000),
    taak_huidige_jaarkosten     numeric(12,2) CHECK (taak_huidige_jaarkosten >= 0),
    -- Comma-separated codes (KWALITEIT, KOSTEN, BETROKKENHEID, ANDERS), in that order.
    motiveringsgronden          varchar(100)  NOT NULL DEFAULT '',
    motivering                  varchar(4000),
    draagvlak_omschrijving      varchar(4000),
    draagvlak_aantal_supporters integer       CHECK (draagvlak_aantal_supporters >= 0),
    uitvoeringsplan             varchar(8000),
    gevraagd_budget             numeric(12,2) CHECK (gevraagd_budget >= 0),
    gewenste_start              date,
    looptijd_maanden            integer       CHECK (looptijd_maanden BETWEEN 1 AND 600),
    beoordeling_id              uuid,
    initiatief_id               uuid          REFERENCES initiatief (id),
    status                      varchar(30)   NOT NULL,
    besluit                     varchar(20)   CHECK (besluit IN ('TOEGEKEND', 'AFGEWEZEN')),
    besluit_motivering          varchar(4000),
    -- Comma-separated weigeringsgronden of an afwijzing.
    weigeringsgronden           varchar(200),
    besluitdatum                date,
    overeenkomst_start          date,
    overeenkomst_eind           date,
    overgedragen_budget         numeric(12,2) CHECK (overgedragen_budget >= 0),
    motivering_hoger_budget     varchar(4000),
    afspraken                   varchar(8000),
    evaluatiedatum              date,
    versie                      bigint        NOT NULL DEFAULT 0,
    aangemaakt_op               timestamptz   NOT NULL DEFAULT now(),
    gewijzigd_op                timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX uitdaagrechtverzoek_lijst_idx ON uitdaagrechtverzoek (gemeente_code, ontvangstdatum DESC, id);
CREATE INDEX uitdaagrechtverzoek_evaluatie_idx ON uitdaagrechtverzoek (gemeente_code, evaluatiedatum) WHERE evaluatiedatum IS NOT NULL;
CREATE INDEX uitdaagrechtverzoek_taak_trgm ON uitdaagrechtverzoek USING gin (lower(taak_omschrijving) gin_trgm_ops);

CREATE TABLE uitdaagrechtverzoek_kern (
    uitdaagrechtverzoek_id uuid NOT NULL REFERENCES uitdaagrechtverzoek (id) ON DELETE CASCADE,
    kern_id                uuid NOT NULL REFERENCES kern (id),
    PRIMARY KEY (uitdaagrechtverzoek_id, kern_id)
);
CREATE INDEX uitdaagrechtverzoek_kern_kern_idx ON uitdaagrechtverzoek_kern (kern_id);

CREATE TABLE uitdaagrecht_statuswijziging (
    id                     uuid          PRIMARY KEY,
    uitdaagrechtverzoek_id uuid          NOT NULL REFERENCES uitdaagrechtverzoek (id) ON DELETE CASCADE,
    van_status             varchar(30),
    naar_status            varchar(30)   NOT NULL,
    reden                  varchar(4000),
    actor                  varchar(200)  NOT NULL,
    tijdstip               timestamptz   NOT NULL
);
CREATE INDEX uitdaagrecht_statuswijziging_idx ON uitdaagrecht_statuswijziging (uitdaagrechtverzoek_id, tijdstip, id);

-- Awb 4:5: the request for missing parts; suspends the beslistermijn (Awb 4:15) until aangevuld_op.
CREATE TABLE uitdaagrecht_herstelverzoek (
    id                     uuid          PRIMARY KEY,
    uitdaagrechtverzoek_id uuid          NOT NULL REFERENCES uitdaagrechtverzoek (id) ON DELETE CASCADE,
    ontbrekende_onderdelen varchar(100)  NOT NULL,
    toelichting            varchar(4000),
    verzonden_op           date          NOT NULL,
    hersteltermijn_tot     date          NOT NULL CHECK (hersteltermijn_tot >= verzonden_op),
    aangevuld_op           date          CHECK (aangevuld_op >= verzonden_op),
    versie                 bigint        NOT NULL DEFAULT 0,
    aangemaakt_op          timestamptz   NOT NULL DEFAULT now(),
    gewijzigd_op           timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX uitdaagrecht_herstelverzoek_idx ON uitdaagrecht_herstelverzoek (uitdaagrechtverzoek_id, verzonden_op, id);
