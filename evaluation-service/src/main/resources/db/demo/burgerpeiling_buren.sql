-- Demo data (profile demo only, loaded by DemoData at start-up): Buren's burgerpeiling 2019 and its
-- targets for 2023, from the Visie kerngericht werken 2020-2023 (seeds/004). Benchmark: comparable
-- gemeenten; for the rapportcijfer the Dutch average. Fixed ids, the ones the former migration V2 used,
-- so a database that still holds those rows gets nothing twice. Idempotent: loading it again never
-- duplicates, and a metingen or doelen row is only added for a stelling that is there (a gemeente that
-- already numbered its own stelling 1 keeps it).

INSERT INTO burgerpeiling_stelling (id, gemeente_code, nummer, tekst, eenheid) VALUES
 ('0214b000-0000-4000-8000-000000000001', 'GM0214', 1, 'Gemeente luistert naar mening burgers', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000002', 'GM0214', 2, 'Gemeente betrekt burgers voldoende bij haar plannen, activiteiten en voorzieningen', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000003', 'GM0214', 3, 'Burgers en organisaties krijgen voldoende ruimte om ideeën en initiatieven te realiseren', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000004', 'GM0214', 4, 'Betrekt buurt voldoende bij aanpak leefbaarheid', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000005', 'GM0214', 5, 'Doet beroep op buurtbewoners voor bijdrage leefbaarheid', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000006', 'GM0214', 6, 'Ondersteunt buurtinitiatieven leefbaarheid voldoende', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000007', 'GM0214', 7, 'Rapportcijfer betrekken inwoners bij beleid', 'RAPPORTCIJFER')
ON CONFLICT DO NOTHING;

INSERT INTO burgerpeiling_meting (id, stelling_id, jaar, waarde, benchmark)
SELECT m.id::uuid, m.stelling_id::uuid, m.jaar, m.waarde, m.benchmark
FROM (VALUES
 ('0214b000-0000-4000-8001-000000000001', '0214b000-0000-4000-8000-000000000001', 2019, 16.0, 29.0),
 ('0214b000-0000-4000-8001-000000000002', '0214b000-0000-4000-8000-000000000002', 2019, 20.0, 35.0),
 ('0214b000-0000-4000-8001-000000000003', '0214b000-0000-4000-8000-000000000003', 2019, 22.0, 37.0),
 ('0214b000-0000-4000-8001-000000000004', '0214b000-0000-4000-8000-000000000004', 2019, 18.0, 28.0),
 ('0214b000-0000-4000-8001-000000000005', '0214b000-0000-4000-8000-000000000005', 2019, 24.0, 33.0),
 ('0214b000-0000-4000-8001-000000000006', '0214b000-0000-4000-8000-000000000006', 2019, 15.0, 30.0),
 ('0214b000-0000-4000-8001-000000000007', '0214b000-0000-4000-8000-000000000007', 2019, 6.0, 6.1)
) AS m (id, stelling_id, jaar, waarde, benchmark)
JOIN burgerpeiling_stelling s ON s.id = m.stelling_id::uuid
ON CONFLICT DO NOTHING;

INSERT INTO burgerpeiling_doel (id, stelling_id, jaar, waarde)
SELECT d.id::uuid, d.stelling_id::uuid, d.jaar, d.waarde
FROM (VALUES
 ('0214b000-0000-4000-8002-000000000001', '0214b000-0000-4000-8000-000000000001', 2023, 30.0),
 ('0214b000-0000-4000-8002-000000000002', '0214b000-0000-4000-8000-000000000002', 2023, 35.0),
 ('0214b000-0000-4000-8002-000000000003', '0214b000-0000-4000-8000-000000000003', 2023, 40.0),
 ('0214b000-0000-4000-8002-000000000004', '0214b000-0000-4000-8000-000000000004', 2023, 30.0),
 ('0214b000-0000-4000-8002-000000000005', '0214b000-0000-4000-8000-000000000005', 2023, 35.0),
 ('0214b000-0000-4000-8002-000000000006', '0214b000-0000-4000-8000-000000000006', 2023, 30.0),
 ('0214b000-0000-4000-8002-000000000007', '0214b000-0000-4000-8000-000000000007', 2023, 7.0)
) AS d (id, stelling_id, jaar, waarde)
JOIN burgerpeiling_stelling s ON s.id = d.stelling_id::uuid
ON CONFLICT DO NOTHING;
