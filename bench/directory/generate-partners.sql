-- Synthetic published partners for the partner search benchmark (bench/partner-search.sh), beside the seeded
-- ones: every kind, one to three regions or départements (one in ten nationwide), sectors, use cases and offers,
-- names and descriptions drawn from a vocabulary of AI services, so a two-word query matches a few percent of
-- them. The search index follows by trigger, as for any write. Idempotent: the previous synthetic partners
-- (slug partenaire-synthetique-…) are replaced.
-- Usage: psql -v partners=50000 -f generate-partners.sql
\set ON_ERROR_STOP on

DELETE FROM partner WHERE slug LIKE 'partenaire-synthetique-%';

WITH vocabulary AS (
    SELECT ARRAY['maintenance prédictive', 'vision industrielle', 'contrôle qualité', 'prévision des ventes',
                 'robot conversationnel', 'saisie comptable', 'rapprochement de factures', 'tri des candidatures',
                 'traduction automatique', 'analyse des avis clients', 'tarification dynamique', 'gestion des stocks',
                 'détection de fraude', 'agriculture de précision', 'imagerie médicale', 'planification des tournées',
                 'veille concurrentielle', 'segmentation client', 'reconnaissance vocale', 'lecture de documents']
               AS phrases_fr,
           ARRAY['predictive maintenance', 'machine vision', 'quality control', 'sales forecasting', 'chatbot',
                 'bookkeeping', 'invoice matching', 'resume screening', 'machine translation', 'review analysis',
                 'dynamic pricing', 'stock management', 'fraud detection', 'precision farming', 'medical imaging',
                 'route planning', 'competitive intelligence', 'customer segmentation', 'speech recognition',
                 'document reading'] AS phrases_en,
           ARRAY['Atelier', 'Groupe', 'Conseil', 'Studio', 'Lab', 'Data', 'Solutions', 'Réseau', 'Institut', 'Pôle']
               AS prefixes,
           ARRAY['Horizon', 'Azur', 'Boréal', 'Granit', 'Estuaire', 'Alizé', 'Céleste', 'Chêne', 'Delta', 'Éole',
                 'Forge', 'Garonne', 'Hermine', 'Iroise', 'Jura', 'Lumière', 'Mistral', 'Nacre', 'Opale', 'Pyrène']
               AS names,
           (SELECT array_agg(code ORDER BY position) FROM partner_kind) AS kinds,
           (SELECT array_agg(code ORDER BY code) FROM insee_region) AS regions,
           (SELECT array_agg(code ORDER BY code) FROM insee_departement) AS departements,
           ARRAY['agriculture', 'commerce', 'construction', 'industrie', 'sante', 'banque-assurance',
                 'tourisme-loisir', 'transport-logistique', 'tertiaire-superieur'] AS sectors,
           ARRAY['detection-tendances', 'rapprochement-factures', 'saisie-comptable-automatisee', 'pricing-intelligent',
                 'ciblage-segmentation-client', 'veille-concurrentielle', 'chatbot', 'assistant-virtuel',
                 'recommandations'] AS use_cases,
           ARRAY['DIAGNOSIS', 'PROOF_OF_CONCEPT', 'INTEGRATION', 'TRAINING', 'CHANGE_MANAGEMENT', 'FUNDING_GUIDANCE']
               AS offers
), drawn AS (
    SELECT g, v.*,
           1 + (g * 7) % 20 AS p1, 1 + (g * 13 + 5) % 20 AS p2, 1 + (g * 17 + 11) % 20 AS p3
    FROM generate_series(1, :partners) g, vocabulary v
), partners AS (
    SELECT 'partenaire-synthetique-' || g AS slug,
           kinds[1 + g % cardinality(kinds)] AS kind,
           prefixes[1 + g % 10] || ' ' || names[1 + (g / 10) % 20] || ' ' || g AS name,
           'Partenaire synthétique : ' || phrases_fr[p1] || ', ' || phrases_fr[p2] || ' et ' || phrases_fr[p3]
               || ' pour les PME.' AS description_fr,
           'Synthetic partner: ' || phrases_en[p1] || ', ' || phrases_en[p2] || ' and ' || phrases_en[p3]
               || ' for SMEs.' AS description_en,
           CASE WHEN g % 10 = 0 OR g % 3 = 1 THEN '{}'
                ELSE ARRAY[regions[1 + g % 18], regions[1 + (g / 18) % 18]] END AS partner_regions,
           CASE WHEN g % 3 = 1 AND g % 10 <> 0 THEN ARRAY[departements[1 + g % 101]] ELSE '{}' END
               AS partner_departements,
           ARRAY[sectors[1 + g % 9]] AS partner_sectors,
           ARRAY[use_cases[1 + g % 9], use_cases[1 + (g / 9) % 9]] AS partner_use_cases,
           ARRAY[offers[1 + g % 6]] AS partner_offers,
           g % 4 = 0 AS verified
    FROM drawn
)
INSERT INTO partner (slug, status, kind, name, description_fr, description_en, regions, departements, sectors,
        use_cases, offers, verified, published, curated, version, published_at, published_by)
SELECT slug, 'PUBLISHED', kind, name, description_fr, description_en, partner_regions, partner_departements,
       partner_sectors, partner_use_cases, partner_offers, verified,
       jsonb_build_object('slug', slug, 'version', 1, 'kind', kind, 'name', name,
           'publishedAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'description', jsonb_build_object('fr', description_fr, 'en', description_en),
           'regions', to_jsonb(partner_regions), 'departements', to_jsonb(partner_departements),
           'sectors', to_jsonb(partner_sectors), 'useCases', to_jsonb(partner_use_cases),
           'offers', to_jsonb(partner_offers), 'verified', verified),
       true, 1, now(), 'bench'
FROM partners;

ANALYZE partner;
ANALYZE search_entry;
