-- Test only: the migration V2 that shipped until Buren's burgerpeiling became demo data (db/demo),
-- with this comment added. FlywayMigratiesTest makes a database that applied it, as production ones did.
-- Seed data (every profile): Buren's burgerpeiling 2019 and its targets for 2023, from the
-- Visie kerngericht werken 2020-2023 (seeds/004). Benchmark: comparable gemeenten; for the
-- rapportcijfer the Dutch average. Fixed ids so other tools can refer to them.

INSERT INTO burgerpeiling_stelling (id, gemeente_code, nummer, tekst, eenheid) VALUES
 ('0214b000-0000-4000-8000-000000000001', 'GM0214', 1, 'Gemeente luistert naar mening burgers', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000002', 'GM0214', 2, 'Gemeente betrekt burgers voldoende bij haar plannen, activiteiten en voorzieningen', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000003', 'GM0214', 3, 'Burgers en organisaties krijgen voldoende ruimte om ideeën en initiatieven te realiseren', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000004', 'GM0214', 4, 'Betrekt buurt voldoende bij aanpak leefbaarheid', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000005', 'GM0214', 5, 'Doet beroep op buurtbewoners voor bijdrage leefbaarheid', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000006', 'GM0214', 6, 'Ondersteunt buurtinitiatieven leefbaarheid voldoende', 'PERCENTAGE'),
 ('0214b000-0000-4000-8000-000000000007', 'GM0214', 7, 'Rapportcijfer betrekken inwoners bij beleid', 'RAPPORTCIJFER');

INSERT INTO burgerpeiling_meting (id, stelling_id, jaar, waarde, benchmark) VALUES
 ('0214b000-0000-4000-8001-000000000001', '0214b000-0000-4000-8000-000000000001', 2019, 16.0, 29.0),
 ('0214b000-0000-4000-8001-000000000002', '0214b000-0000-4000-8000-000000000002', 2019, 20.0, 35.0),
 ('0214b000-0000-4000-8001-000000000003', '0214b000-0000-4000-8000-000000000003', 2019, 22.0, 37.0),
 ('0214b000-0000-4000-8001-000000000004', '0214b000-0000-4000-8000-000000000004', 2019, 18.0, 28.0),
 ('0214b000-0000-4000-8001-000000000005', '0214b000-0000-4000-8000-000000000005', 2019, 24.0, 33.0),
 ('0214b000-0000-4000-8001-000000000006', '0214b000-0000-4000-8000-000000000006', 2019, 15.0, 30.0),
 ('0214b000-0000-4000-8001-000000000007', '0214b000-0000-4000-8000-000000000007', 2019, 6.0, 6.1);

INSERT INTO burgerpeiling_doel (id, stelling_id, jaar, waarde) VALUES
 ('0214b000-0000-4000-8002-000000000001', '0214b000-0000-4000-8000-000000000001', 2023, 30.0),
 ('0214b000-0000-4000-8002-000000000002', '0214b000-0000-4000-8000-000000000002', 2023, 35.0),
 ('0214b000-0000-4000-8002-000000000003', '0214b000-0000-4000-8000-000000000003', 2023, 40.0),
 ('0214b000-0000-4000-8002-000000000004', '0214b000-0000-4000-8000-000000000004', 2023, 30.0),
 ('0214b000-0000-4000-8002-000000000005', '0214b000-0000-4000-8000-000000000005', 2023, 35.0),
 ('0214b000-0000-4000-8002-000000000006', '0214b000-0000-4000-8000-000000000006', 2023, 30.0),
 ('0214b000-0000-4000-8002-000000000007', '0214b000-0000-4000-8000-000000000007', 2023, 7.0);
