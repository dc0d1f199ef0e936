-- Demo data set for Buren (GM0214), loaded only by the local run command (profile demo), idempotent.
-- Source: seed 004 (Visie kerngericht werken 2020-2023): the 15 kernen, the five convenant
-- organisations plus Beusichem Leeft, and the three pilot kernen (Ingen, Ravenswaaij, Zoelen)
-- that work with a kernambtenaar. Names of people are placeholders, not real persons.
INSERT INTO gemeente (code, naam) VALUES ('GM0214', 'Buren') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('469e9dc1-369b-5778-bad1-72fc391aa56d', 'GM0214', 'Aalst') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('59c93f99-c1d0-5aab-a617-b2bc649c253a', 'GM0214', 'Asch') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('7accf718-b9c3-5b12-9510-92ce2ecc5b2e', 'GM0214', 'Beusichem') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('21d2fa70-6b4f-5ce2-8bc1-30c6a8ecef1f', 'GM0214', 'Buren') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('bc9e37cd-1a9c-52be-a6c6-203f7f66bb7f', 'GM0214', 'Eck en Wiel') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('c89fdbfd-52b5-5b8e-a6a7-f23da830a18f', 'GM0214', 'Erichem') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('fdb7bf9f-2574-542b-a378-c3d9468edd5e', 'GM0214', 'Ingen') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('0195ecc3-cdab-580f-a0d2-d84b46841df5', 'GM0214', 'Kapel-Avezaath') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('b0365bef-8bf5-5ee6-812b-1a5f39ce117d', 'GM0214', 'Kerk-Avezaath') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('5dd38942-5957-533d-98f3-002fa7a18003', 'GM0214', 'Lienden') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('67e02fa3-542d-5029-8fe2-06c384064501', 'GM0214', 'Maurik') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('be72fe44-f257-5fe3-97d3-a018a4dbea72', 'GM0214', 'Ravenswaaij') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('5e74be73-2069-524d-a2cf-f4f2390bac30', 'GM0214', 'Rijswijk') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('e6638b15-368e-5d10-8adc-951e1b0fe893', 'GM0214', 'Zoelen') ON CONFLICT DO NOTHING;
INSERT INTO kern (id, gemeente_code, naam) VALUES ('dc464d0b-524b-5988-a7ee-3f1b9ef81e29', 'GM0214', 'Zoelmond') ON CONFLICT DO NOTHING;
INSERT INTO kernambtenaar (id, gemeente_code, naam, email, telefoon) VALUES ('823bf24e-5dc5-5109-9eb2-e28965c478b3', 'GM0214', 'Kernambtenaar Ingen', 'kernambtenaar.ingen@buren.example.org', '14 0344') ON CONFLICT DO NOTHING;
INSERT INTO kernambtenaar_kern (kernambtenaar_id, kern_id) VALUES ('823bf24e-5dc5-5109-9eb2-e28965c478b3', 'fdb7bf9f-2574-542b-a378-c3d9468edd5e') ON CONFLICT DO NOTHING;
INSERT INTO kernambtenaar (id, gemeente_code, naam, email, telefoon) VALUES ('3f0b6bf7-c279-519d-b42f-bd08793ca9b6', 'GM0214', 'Kernambtenaar Ravenswaaij', 'kernambtenaar.ravenswaaij@buren.example.org', '14 0344') ON CONFLICT DO NOTHING;
INSERT INTO kernambtenaar_kern (kernambtenaar_id, kern_id) VALUES ('3f0b6bf7-c279-519d-b42f-bd08793ca9b6', 'be72fe44-f257-5fe3-97d3-a018a4dbea72') ON CONFLICT DO NOTHING;
INSERT INTO kernambtenaar (id, gemeente_code, naam, email, telefoon) VALUES ('e6b6468d-bf95-57cd-825b-0c68bfb7c5d5', 'GM0214', 'Kernambtenaar Zoelen', 'kernambtenaar.zoelen@buren.example.org', '14 0344') ON CONFLICT DO NOTHING;
INSERT INTO kernambtenaar_kern (kernambtenaar_id, kern_id) VALUES ('e6b6468d-bf95-57cd-825b-0c68bfb7c5d5', 'e6638b15-368e-5d10-8adc-951e1b0fe893') ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie (id, gemeente_code, naam, rechtsvorm, convenant_getekend_op, convenant_evaluatie_uiterlijk, dkk_lidmaatschap_vergoed) VALUES ('244fc983-5ca0-5104-903c-0400c883ade5', 'GM0214', 'Bewonersvereniging Kerk-Avezaath', 'VERENIGING', DATE '2018-01-01', DATE '2021-03-31', true) ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie_kern (dorpsbelangenorganisatie_id, kern_id) VALUES ('244fc983-5ca0-5104-903c-0400c883ade5', 'b0365bef-8bf5-5ee6-812b-1a5f39ce117d') ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie (id, gemeente_code, naam, rechtsvorm, convenant_getekend_op, convenant_evaluatie_uiterlijk, dkk_lidmaatschap_vergoed) VALUES ('172477d6-7ac6-5604-9760-6dda6525b274', 'GM0214', 'Vereniging Dorpsbelang Maurik', 'VERENIGING', DATE '2018-01-01', DATE '2021-03-31', true) ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie_kern (dorpsbelangenorganisatie_id, kern_id) VALUES ('172477d6-7ac6-5604-9760-6dda6525b274', '67e02fa3-542d-5029-8fe2-06c384064501') ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie (id, gemeente_code, naam, rechtsvorm, convenant_getekend_op, convenant_evaluatie_uiterlijk, dkk_lidmaatschap_vergoed) VALUES ('fd7856eb-8870-53f5-9cff-f8977af4a156', 'GM0214', 'Belangenvereniging Lingemeer', 'VERENIGING', DATE '2018-01-01', DATE '2021-03-31', true) ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie_kern (dorpsbelangenorganisatie_id, kern_id) VALUES ('fd7856eb-8870-53f5-9cff-f8977af4a156', '67e02fa3-542d-5029-8fe2-06c384064501') ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie (id, gemeente_code, naam, rechtsvorm, convenant_getekend_op, convenant_evaluatie_uiterlijk, dkk_lidmaatschap_vergoed) VALUES ('3cc97788-1856-56b4-a222-883e827815e7', 'GM0214', 'Stichting Dorpsraad Ravenswaaij', 'STICHTING', DATE '2018-01-01', DATE '2021-03-31', true) ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie_kern (dorpsbelangenorganisatie_id, kern_id) VALUES ('3cc97788-1856-56b4-a222-883e827815e7', 'be72fe44-f257-5fe3-97d3-a018a4dbea72') ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie (id, gemeente_code, naam, rechtsvorm, convenant_getekend_op, convenant_evaluatie_uiterlijk, dkk_lidmaatschap_vergoed) VALUES ('d5ded7ce-4657-5619-a2f7-de7789ff3609', 'GM0214', 'BV Buren', 'VERENIGING', DATE '2018-01-01', DATE '2021-03-31', true) ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie_kern (dorpsbelangenorganisatie_id, kern_id) VALUES ('d5ded7ce-4657-5619-a2f7-de7789ff3609', '21d2fa70-6b4f-5ce2-8bc1-30c6a8ecef1f') ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie (id, gemeente_code, naam, rechtsvorm, convenant_getekend_op, convenant_evaluatie_uiterlijk, dkk_lidmaatschap_vergoed) VALUES ('7a5fab0e-963d-5f7d-bc25-e82b17216340', 'GM0214', 'Beusichem Leeft', 'OVERIG', NULL, NULL, true) ON CONFLICT DO NOTHING;
INSERT INTO dorpsbelangenorganisatie_kern (dorpsbelangenorganisatie_id, kern_id) VALUES ('7a5fab0e-963d-5f7d-bc25-e82b17216340', '7accf718-b9c3-5b12-9510-92ce2ecc5b2e') ON CONFLICT DO NOTHING;
-- CBS CPI year-on-year change (%), so the onkostenvergoeding can be computed for recent years.
INSERT INTO inflatiecijfer (jaar, cpi_percentage) VALUES (2021, 2.7) ON CONFLICT DO NOTHING;
INSERT INTO inflatiecijfer (jaar, cpi_percentage) VALUES (2022, 10.0) ON CONFLICT DO NOTHING;
INSERT INTO inflatiecijfer (jaar, cpi_percentage) VALUES (2023, 3.8) ON CONFLICT DO NOTHING;
INSERT INTO inflatiecijfer (jaar, cpi_percentage) VALUES (2024, 3.3) ON CONFLICT DO NOTHING;
INSERT INTO leefbaarheidsbudget (id, gemeente_code, jaar, totaalbedrag, beslismodus) VALUES ('89e4675c-5d5f-5699-91a4-ae9e6aae9abf', 'GM0214', 2026, 25000.00, 'GEMEENTE') ON CONFLICT DO NOTHING;
-- The initiatieven that the evaluation-service's demo reports are about (same ids there).
INSERT INTO initiatief (id, gemeente_code, titel, doel, activiteit, schaal, initiatiefnemer_type, initiatiefnemer_naam, status)
VALUES ('0214d000-0000-4000-8000-000000000001', 'GM0214', 'Speelplek in de kern', 'Kinderen een veilige plek geven om buiten te spelen', 'Een speelplek aanleggen die kinderen zelf ontwerpen', 'DORP_WIJK', 'INWONER', 'Werkgroep speelplek Zoelen', 'AFGEROND'),
       ('0214d000-0000-4000-8000-000000000002', 'GM0214', 'Verkeersveiligheid schoolroute', 'Kinderen veilig naar school laten fietsen', 'De oversteek bij de school verleggen en de snelheid verlagen', 'DORP_WIJK', 'GEMEENTE', 'Gemeente Buren', 'LOPEND')
ON CONFLICT DO NOTHING;
INSERT INTO initiatief_kern (initiatief_id, kern_id) VALUES ('0214d000-0000-4000-8000-000000000001', 'e6638b15-368e-5d10-8adc-951e1b0fe893'), ('0214d000-0000-4000-8000-000000000002', 'e6638b15-368e-5d10-8adc-951e1b0fe893'), ('0214d000-0000-4000-8000-000000000002', 'fdb7bf9f-2574-542b-a378-c3d9468edd5e') ON CONFLICT DO NOTHING;
INSERT INTO initiatief_statuswijziging (id, initiatief_id, van_status, naar_status, actor, tijdstip)
VALUES ('0214f000-0000-4000-8000-000000000001', '0214d000-0000-4000-8000-000000000001', NULL, 'INGEDIEND', 'demo', TIMESTAMPTZ '2023-01-10 09:00:00+00'),
       ('0214f000-0000-4000-8000-000000000002', '0214d000-0000-4000-8000-000000000001', 'INGEDIEND', 'IN_BEHANDELING', 'demo', TIMESTAMPTZ '2023-01-20 09:00:00+00'),
       ('0214f000-0000-4000-8000-000000000003', '0214d000-0000-4000-8000-000000000001', 'IN_BEHANDELING', 'LOPEND', 'demo', TIMESTAMPTZ '2023-02-01 09:00:00+00'),
       ('0214f000-0000-4000-8000-000000000004', '0214d000-0000-4000-8000-000000000001', 'LOPEND', 'AFGEROND', 'demo', TIMESTAMPTZ '2023-06-01 09:00:00+00'),
       ('0214f000-0000-4000-8000-000000000005', '0214d000-0000-4000-8000-000000000002', NULL, 'INGEDIEND', 'demo', TIMESTAMPTZ '2023-09-01 09:00:00+00'),
       ('0214f000-0000-4000-8000-000000000006', '0214d000-0000-4000-8000-000000000002', 'INGEDIEND', 'IN_BEHANDELING', 'demo', TIMESTAMPTZ '2023-09-05 09:00:00+00'),
       ('0214f000-0000-4000-8000-000000000007', '0214d000-0000-4000-8000-000000000002', 'IN_BEHANDELING', 'LOPEND', 'demo', TIMESTAMPTZ '2023-10-01 09:00:00+00')
ON CONFLICT DO NOTHING;
-- Two uitdaagrechtverzoeken (domain.md §5) under the default rule set (8 weeks). Bermbeheer Zoelen is in behandeling
-- (received 12 October 2026: uiterste beslisdatum 7 December 2026); Dorpshuis Ravenswaaij was granted in time and runs
-- under an overeenkomst whose evaluation date (1 June 2026) has passed, so it is te evalueren. Organisations, no persons.
INSERT INTO uitdaagrechtverzoek (id, gemeente_code, ontvangstdatum, regelset_versie, indiener_type, indiener_naam,
    indiener_rechtsvorm, contact_naam, contact_email, taak_omschrijving, taak_huidige_jaarkosten, motiveringsgronden, motivering,
    draagvlak_omschrijving, draagvlak_aantal_supporters, uitvoeringsplan, gevraagd_budget, gewenste_start, looptijd_maanden,
    status, besluit, besluit_motivering, besluitdatum, overeenkomst_start, overeenkomst_eind, overgedragen_budget, afspraken,
    evaluatiedatum)
VALUES ('0214e000-0000-4000-8000-000000000001', 'GM0214', DATE '2026-10-12', 'standaard-1', 'MAATSCHAPPELIJKE_PARTIJ',
        'Stichting Groen Zoelen', 'Stichting', 'Secretariaat Groen Zoelen', 'secretariaat@groenzoelen.example',
        'Het maaien en onderhouden van de bermen en het dorpsplein van Zoelen', 18000.00, 'KWALITEIT,BETROKKENHEID',
        'Het dorp maait vaker en ecologisch, met inheemse bloemen, en betrekt jongeren bij het onderhoud.',
        'Handtekeningenactie en een dorpsavond met 80 aanwezigen', 240,
        'Drie maaiploegen van vrijwilligers, een aannemer voor het zware werk, elk kwartaal een rapportage aan de kernambtenaar.',
        15000.00, DATE '2027-04-01', 24, 'IN_BEHANDELING', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
       ('0214e000-0000-4000-8000-000000000002', 'GM0214', DATE '2025-03-03', 'standaard-1', 'MAATSCHAPPELIJKE_PARTIJ',
        'Stichting Dorpsraad Ravenswaaij', 'Stichting', 'Secretariaat Dorpsraad', 'dorpsraad@ravenswaaij.example',
        'Het beheer en de verhuur van het dorpshuis in Ravenswaaij', 12500.00, 'KOSTEN,BETROKKENHEID',
        'Vrijwilligers beheren het dorpshuis goedkoper en het dorp gebruikt het meer.',
        'Ledenvergadering van de dorpsraad, schriftelijke steun van vier verenigingen', 150,
        'Een beheercommissie van vijf vrijwilligers, een beheerder voor acht uur per week, een jaarverslag aan de gemeente.',
        12000.00, DATE '2025-06-01', 24, 'IN_UITVOERING', 'TOEGEKEND',
        'Goedkoper en met meer betrokkenheid van het dorp; de dorpsraad heeft de organisatie om het vol te houden.',
        DATE '2025-04-14', DATE '2025-06-01', DATE '2027-05-31', 12000.00,
        'Het dorpshuis is 40 weken per jaar open; elk half jaar een rapportage over gebruik en kosten aan de kernambtenaar.',
        DATE '2026-06-01')
ON CONFLICT DO NOTHING;
INSERT INTO uitdaagrechtverzoek_kern (uitdaagrechtverzoek_id, kern_id) VALUES ('0214e000-0000-4000-8000-000000000001', 'e6638b15-368e-5d10-8adc-951e1b0fe893'), ('0214e000-0000-4000-8000-000000000002', 'be72fe44-f257-5fe3-97d3-a018a4dbea72') ON CONFLICT DO NOTHING;
INSERT INTO uitdaagrecht_statuswijziging (id, uitdaagrechtverzoek_id, van_status, naar_status, reden, actor, tijdstip)
VALUES ('0214f100-0000-4000-8000-000000000001', '0214e000-0000-4000-8000-000000000001', NULL, 'INGEDIEND', NULL, 'demo', TIMESTAMPTZ '2026-10-12 09:00:00+00'),
       ('0214f100-0000-4000-8000-000000000002', '0214e000-0000-4000-8000-000000000001', 'INGEDIEND', 'IN_BEHANDELING', NULL, 'demo', TIMESTAMPTZ '2026-10-19 09:00:00+00'),
       ('0214f100-0000-4000-8000-000000000003', '0214e000-0000-4000-8000-000000000002', NULL, 'INGEDIEND', NULL, 'demo', TIMESTAMPTZ '2025-03-03 09:00:00+00'),
       ('0214f100-0000-4000-8000-000000000004', '0214e000-0000-4000-8000-000000000002', 'INGEDIEND', 'IN_BEHANDELING', NULL, 'demo', TIMESTAMPTZ '2025-03-10 09:00:00+00'),
       ('0214f100-0000-4000-8000-000000000005', '0214e000-0000-4000-8000-000000000002', 'IN_BEHANDELING', 'TOEGEKEND', 'Goedkoper en met meer betrokkenheid van het dorp; de dorpsraad heeft de organisatie om het vol te houden.', 'demo', TIMESTAMPTZ '2025-04-14 09:00:00+00'),
       ('0214f100-0000-4000-8000-000000000006', '0214e000-0000-4000-8000-000000000002', 'TOEGEKEND', 'OVEREENKOMST_GESLOTEN', 'Overeenkomst gesloten.', 'demo', TIMESTAMPTZ '2025-05-20 09:00:00+00'),
       ('0214f100-0000-4000-8000-000000000007', '0214e000-0000-4000-8000-000000000002', 'OVEREENKOMST_GESLOTEN', 'IN_UITVOERING', NULL, 'demo', TIMESTAMPTZ '2025-06-01 09:00:00+00')
ON CONFLICT DO NOTHING;
