-- Demo data (profile demo only, loaded by DemoData at start-up): three example reports, so the
-- aggregates and the leerzame voorbeelden show something right after ./run-suite. Initiatief and
-- kern ids are those of the registry's Buren demo data (Zoelen, Ingen); a report keeps what the registry said when it was made, so they need not
-- exist there. Idempotent: loading it again never duplicates.

INSERT INTO evaluatie (id, gemeente_code, initiatief_id, initiatief_titel, terugkoppeling_gegeven,
                       terugkoppeling_hoe, terugkoppeling_wanneer, gepland_niveau, gepland_niveau_bron,
                       gerealiseerd_niveau, gedeeld)
VALUES
 ('0214e000-0000-4000-8000-000000000001', 'GM0214', '0214d000-0000-4000-8000-000000000001',
  'Speelplek in de kern', true, 'Bewonersavond en nieuwsbrief', '2023-06-15', NULL, 'GEEN_BEOORDELING',
  'ADVISEREN', true),
 ('0214e000-0000-4000-8000-000000000002', 'GM0214', '0214d000-0000-4000-8000-000000000002',
  'Verkeersveiligheid schoolroute', NULL, NULL, NULL, NULL, 'GEEN_BEOORDELING', 'RAADPLEGEN', false),
 ('0109e000-0000-4000-8000-000000000001', 'GM0109', '0109d000-0000-4000-8000-000000000001',
  'Dorpsvisie', true, 'Dorpsavond', '2022-11-01', NULL, 'GEEN_BEOORDELING', 'COPRODUCEREN', true)
ON CONFLICT (id) DO NOTHING;

INSERT INTO evaluatie_kern (evaluatie_id, positie, kern_id) VALUES
 ('0214e000-0000-4000-8000-000000000001', 0, 'e6638b15-368e-5d10-8adc-951e1b0fe893'),
 ('0214e000-0000-4000-8000-000000000002', 0, 'e6638b15-368e-5d10-8adc-951e1b0fe893'),
 ('0214e000-0000-4000-8000-000000000002', 1, 'fdb7bf9f-2574-542b-a378-c3d9468edd5e')
ON CONFLICT DO NOTHING;

INSERT INTO evaluatie_doel (evaluatie_id, positie, omschrijving, resultaat, toelichting) VALUES
 ('0214e000-0000-4000-8000-000000000001', 0, 'Een speelplek die kinderen zelf hebben ontworpen', 'BEHAALD', NULL),
 ('0214e000-0000-4000-8000-000000000002', 0, 'Een veiligere oversteek bij de school', 'DEELS',
  'De oversteek is verlegd; de snelheid is nog niet omlaag.'),
 ('0109e000-0000-4000-8000-000000000001', 0, 'Een gedragen dorpsvisie', 'BEHAALD', NULL)
ON CONFLICT DO NOTHING;

INSERT INTO evaluatie_les (evaluatie_id, positie, soort, tekst, in_regels) VALUES
 ('0214e000-0000-4000-8000-000000000001', 0, 'SUCCESFACTOR', 'De kernambtenaar was vanaf het begin aanspreekpunt', false),
 ('0214e000-0000-4000-8000-000000000001', 1, 'LEERPUNT', 'Spreek vooraf af wie het onderhoud doet', true),
 ('0214e000-0000-4000-8000-000000000002', 0, 'KNELPUNT', 'Te laat duidelijk wat de gemeente niet kon beloven', false),
 ('0214e000-0000-4000-8000-000000000002', 1, 'LEERPUNT', 'Koppel de uitkomst van de enquête binnen een maand terug', false),
 ('0109e000-0000-4000-8000-000000000001', 0, 'LEERPUNT', 'Laat het dorp zelf de agenda van de avonden bepalen', false)
ON CONFLICT DO NOTHING;

INSERT INTO evaluatie_oordeel (evaluatie_id, positie, groep, score, opmerking) VALUES
 ('0214e000-0000-4000-8000-000000000001', 0, 'INWONERS', 8, NULL),
 ('0214e000-0000-4000-8000-000000000001', 1, 'AMBTENAREN', 7, NULL),
 ('0214e000-0000-4000-8000-000000000002', 0, 'INWONERS', 5, NULL),
 ('0109e000-0000-4000-8000-000000000001', 0, 'INWONERS', 7, NULL)
ON CONFLICT DO NOTHING;

INSERT INTO evaluatie_werkvorm (evaluatie_id, positie, werkvorm, schaal, waardering) VALUES
 ('0214e000-0000-4000-8000-000000000001', 0, 'Workshop', 'DORP_WIJK', 5),
 ('0214e000-0000-4000-8000-000000000001', 1, 'Enquête', 'DORP_WIJK', 4),
 ('0214e000-0000-4000-8000-000000000002', 0, 'Enquête', 'DORP_WIJK', 3),
 ('0214e000-0000-4000-8000-000000000002', 1, 'Inloopbijeenkomst', 'DORP_WIJK', 4),
 ('0109e000-0000-4000-8000-000000000001', 0, 'Wijk/dorpsvisie', 'DORP_WIJK', 5),
 ('0109e000-0000-4000-8000-000000000001', 1, 'Enquête', 'DORP_WIJK', 5)
ON CONFLICT DO NOTHING;

INSERT INTO evaluatie_valkuil (evaluatie_id, positie, valkuil) VALUES
 ('0214e000-0000-4000-8000-000000000002', 0, 'REPRESENTATIEF_BEELD_ALS_EIS')
ON CONFLICT DO NOTHING;

INSERT INTO evaluatie_thema (evaluatie_id, positie, thema) VALUES
 ('0214e000-0000-4000-8000-000000000001', 0, 'spelen'),
 ('0214e000-0000-4000-8000-000000000002', 0, 'verkeer'),
 ('0109e000-0000-4000-8000-000000000001', 0, 'dorpsvisie')
ON CONFLICT DO NOTHING;
