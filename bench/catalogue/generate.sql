-- Synthetic use cases for the search benchmark, published as the service publishes them (bench/catalogue-search.sh).
-- Each one mixes the guide's seeded use cases: the title of one plus a word from the guide's vocabulary, the summary
-- of a second, the body of the first and a third, the functions of both, one or two sectors. Idempotent: the
-- previous synthetic rows (slug synthetique-…) are replaced. Usage: psql -v rows=100000 -f generate.sql
\set ON_ERROR_STOP on
DELETE FROM use_case_publication WHERE slug LIKE 'synthetique-%';
DELETE FROM use_case WHERE slug LIKE 'synthetique-%';

CREATE TEMPORARY TABLE seed AS
    SELECT row_number() OVER (ORDER BY slug) AS n, u.*
    FROM use_case u WHERE status = 'PUBLISHED' AND slug NOT LIKE 'synthetique-%';
CREATE TEMPORARY TABLE vocabulary AS
    SELECT row_number() OVER (ORDER BY fr) AS n, fr, en
    FROM (SELECT DISTINCT ON (w.fr) w.fr, w.en
          FROM seed, LATERAL (SELECT fr, en FROM unnest(
                  regexp_split_to_array(lower(seed.body_fr), '[^[:alpha:]]+'),
                  regexp_split_to_array(lower(seed.body_en), '[^[:alpha:]]+')) AS t(fr, en)) w
          WHERE length(w.fr) > 5 AND length(w.en) > 5) words;

INSERT INTO use_case (slug, status, title_fr, title_en, summary_fr, summary_en, body_fr, body_en, benefits_fr,
        benefits_en, critical_rationale_fr, critical_rationale_en, sectors, functions, transversal, data_kinds,
        solution_types, personal_data, critical_domain, prerequisite_data, prerequisite_skills, prerequisite_funding,
        prerequisite_strategy, prerequisite_ethics, sources, published_at, published_by, created_by, last_editor)
SELECT 'synthetique-' || g, 'PUBLISHED',
       a.title_fr || ' ' || v.fr, a.title_en || ' ' || v.en,
       b.summary_fr, b.summary_en,
       a.body_fr || ' ' || c.body_fr, a.body_en || ' ' || c.body_en,
       a.benefits_fr, a.benefits_en, a.critical_rationale_fr, a.critical_rationale_en,
       CASE WHEN a.transversal THEN '{}'
            ELSE ARRAY(SELECT DISTINCT unnest(ARRAY[s.codes[1 + g % cardinality(s.codes)],
                                                    s.codes[1 + (g * 5 + 1) % cardinality(s.codes)]])) END,
       ARRAY(SELECT DISTINCT f FROM unnest(a.functions || c.functions) f ORDER BY f),
       a.transversal, a.data_kinds, b.solution_types, a.personal_data, a.critical_domain,
       a.prerequisite_data, a.prerequisite_skills, a.prerequisite_funding, a.prerequisite_strategy,
       a.prerequisite_ethics, a.sources, now(), 'bench', 'bench', 'bench'
FROM generate_series(1, :rows) g
JOIN seed a ON a.n = 1 + (g * 7) % (SELECT count(*) FROM seed)
JOIN seed b ON b.n = 1 + (g * 11 + 3) % (SELECT count(*) FROM seed)
JOIN seed c ON c.n = 1 + (g * 13 + 5) % (SELECT count(*) FROM seed)
JOIN vocabulary v ON v.n = 1 + (g * 17) % (SELECT count(*) FROM vocabulary)
CROSS JOIN (SELECT array_agg(code ORDER BY code) AS codes FROM sector) s;

-- The published copy: the same columns, document and weighted search vectors as UseCasePublications.publish.
INSERT INTO use_case_publication (slug, version, published_at, document, title_fr, title_en, sectors, functions,
        transversal, data_kinds, solution_types, personal_data, critical_domain, search_fr, search_en)
SELECT u.slug, u.version, u.published_at,
       jsonb_strip_nulls(jsonb_build_object(
           'slug', u.slug, 'version', u.version, 'publishedAt', u.published_at,
           'fr', jsonb_build_object('title', u.title_fr, 'summary', u.summary_fr, 'body', u.body_fr,
                 'benefits', to_jsonb(u.benefits_fr), 'criticalRationale', u.critical_rationale_fr),
           'en', jsonb_build_object('title', u.title_en, 'summary', u.summary_en, 'body', u.body_en,
                 'benefits', to_jsonb(u.benefits_en), 'criticalRationale', u.critical_rationale_en),
           'sectors', to_jsonb(u.sectors), 'functions', to_jsonb(u.functions), 'transversal', u.transversal,
           'dataKinds', to_jsonb(u.data_kinds), 'solutionTypes', to_jsonb(u.solution_types),
           'personalData', u.personal_data, 'criticalDomain', u.critical_domain,
           'prerequisites', jsonb_build_object('data', u.prerequisite_data, 'skills', u.prerequisite_skills,
               'funding', u.prerequisite_funding, 'strategy', u.prerequisite_strategy,
               'ethics', u.prerequisite_ethics),
           'sources', u.sources)),
       u.title_fr, u.title_en, u.sectors, u.functions, u.transversal, u.data_kinds, u.solution_types,
       u.personal_data, u.critical_domain,
       setweight(to_tsvector('boussole_fr', u.title_fr), 'A')
           || setweight(to_tsvector('boussole_fr', coalesce(u.summary_fr, '')), 'B')
           || setweight(to_tsvector('boussole_fr', coalesce(u.body_fr, '') || ' '
               || array_to_string(u.benefits_fr, ' ')), 'C'),
       setweight(to_tsvector('boussole_en', u.title_en), 'A')
           || setweight(to_tsvector('boussole_en', coalesce(u.summary_en, '')), 'B')
           || setweight(to_tsvector('boussole_en', coalesce(u.body_en, '') || ' '
               || array_to_string(u.benefits_en, ' ')), 'C')
FROM use_case u WHERE u.slug LIKE 'synthetique-%';

ANALYZE use_case;
ANALYZE use_case_publication;
SELECT count(*) AS published_use_cases FROM use_case_publication;
