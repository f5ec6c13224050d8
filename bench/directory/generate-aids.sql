-- Synthetic funding aids for the eligibility benchmark (bench/eligibility.sh), beside the guide's seven: varied
-- rules (size, revenue, age, regions or départements, NAF codes, recent innovation aid, innovative project) and
-- dates, some closed. Idempotent: the previous synthetic aids (id aide-synthetique-…) are replaced.
-- Usage: psql -v aids=1000 -f generate-aids.sql
\set ON_ERROR_STOP on

DELETE FROM funding_aid WHERE id LIKE 'aide-synthetique-%';

INSERT INTO funding_aid (id, name_fr, name_en, description_fr, description_en, conditions_fr, conditions_en,
        carriers, aid_types, beneficiaries, recurrence, regions, departements, opens_on, closes_on, rules,
        source_url, position)
SELECT 'aide-synthetique-' || g,
       'Aide synthétique ' || g, 'Synthetic aid ' || g,
       'Aide générée pour mesurer le moteur d''éligibilité.', 'Aid generated to measure the eligibility engine.',
       CASE WHEN g % 3 = 0 THEN 'Conditions à lire sur la page officielle.' END,
       CASE WHEN g % 3 = 0 THEN 'Conditions to read on the official page.' END,
       ARRAY['Financeur ' || (g % 40)],
       ARRAY[(ARRAY['SUBSIDY', 'LOAN', 'REPAYABLE_ADVANCE', 'TAX_CREDIT', 'TECHNICAL_SUPPORT'])[1 + g % 5]],
       ARRAY['Entreprises privées'], 'PERMANENT',
       CASE WHEN g % 4 = 1 THEN ARRAY[(ARRAY['11', '84', '75', '76', '53', '32'])[1 + g % 6]] ELSE '{}' END,
       CASE WHEN g % 4 = 2 THEN ARRAY[(ARRAY['75', '69', '13', '33', '59', '35', '2A'])[1 + g % 7]] ELSE '{}' END,
       CASE WHEN g % 10 = 0 AND g % 7 <> 0 THEN DATE '2027-01-01' END,
       CASE WHEN g % 7 = 0 THEN DATE '2025-12-31' WHEN g % 7 = 1 THEN DATE '2028-06-30' END,
       jsonb_strip_nulls(jsonb_build_object(
           'employees', CASE WHEN g % 3 = 0 THEN jsonb_build_object('max', (ARRAY[9, 49, 249])[1 + g / 3 % 3]) END,
           'revenueEur', CASE WHEN g % 5 = 0 THEN jsonb_build_object('max', 50000000) END,
           'companyAgeMonths', CASE WHEN g % 6 = 0 THEN jsonb_build_object('max', 12 * (1 + g % 8)) END,
           'nafIncluded', CASE WHEN g % 8 = 0 THEN jsonb_build_array((ARRAY['62', '63', '70.2', '47'])[1 + g % 4]) END,
           'nafExcluded', CASE WHEN g % 9 = 0 THEN jsonb_build_array('64', '65', '66') END,
           'noInnovationAidWithinMonths', CASE WHEN g % 5 = 1 THEN 24 END,
           'innovativeProjectRequired', g % 2 = 0)),
       'https://aides.example.org/' || g, 2000 + g
FROM generate_series(1, :aids) g;

ANALYZE funding_aid;
SELECT count(*) AS funding_aids FROM funding_aid;
