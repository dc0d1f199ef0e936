-- Registry rule sets per gemeente (its participatieverordening, maatwerk): the values domain.md gives as defaults
-- (onkostenvergoeding, jaarplafond, kerndekking minimum) and the uitdaagrecht's beslistermijn and hersteltermijn.

-- A published version never changes: the application has no update path, and outcomes name it by id or label.
CREATE TABLE regelset (
    id                                    uuid          PRIMARY KEY,
    gemeente_code                         varchar(6)    NOT NULL REFERENCES gemeente (code),
    versie                                integer       NOT NULL CHECK (versie >= 1),
    ingangsdatum                          date          NOT NULL,
    toelichting                           varchar(4000),
    onkostenvergoeding_basisbedrag        numeric(12,2) NOT NULL CHECK (onkostenvergoeding_basisbedrag >= 0),
    onkostenvergoeding_basisjaar          integer       NOT NULL CHECK (onkostenvergoeding_basisjaar BETWEEN 2000 AND 2200),
    incidentele_ondersteuning_jaarplafond numeric(12,2) NOT NULL CHECK (incidentele_ondersteuning_jaarplafond >= 0),
    minimaal_aantal_kernambtenaren        integer       NOT NULL CHECK (minimaal_aantal_kernambtenaren >= 0),
    beslistermijn_weken                   integer       NOT NULL CHECK (beslistermijn_weken BETWEEN 1 AND 52),
    hersteltermijn_dagen                  integer       NOT NULL CHECK (hersteltermijn_dagen BETWEEN 1 AND 365),
    gepubliceerd_op                       timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (gemeente_code, versie)
);
CREATE INDEX regelset_geldend_idx ON regelset (gemeente_code, ingangsdatum DESC, versie DESC);
