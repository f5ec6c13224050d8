-- Search over the published partners and the funding aids: one index table that triggers keep in step with what
-- the public reads (a partner's published document, an aid's row), so every way of writing (curation, seed, import,
-- a bulk load) is searchable at once. Lexemes come from PostgreSQL's text search (stemming, accents stripped); the
-- service holds the table in memory to count facets fast (SearchIndex). France's regions and départements move here from a JSON file, as reference
-- data the index needs: a partner serving a département serves its region.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Accent-insensitive full text: accents are stripped before stemming, in French and in English.
CREATE TEXT SEARCH CONFIGURATION boussole_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION boussole_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION boussole_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION boussole_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- Code officiel géographique (INSEE) since the 2016 regions; it only changes with a territorial reform.
CREATE TABLE insee_region (
    code varchar(2)  PRIMARY KEY,
    name varchar(60) NOT NULL
);

CREATE TABLE insee_departement (
    code   varchar(3)  PRIMARY KEY,
    name   varchar(60) NOT NULL,
    region varchar(2)  NOT NULL REFERENCES insee_region (code)
);

INSERT INTO insee_region (code, name) VALUES
    ('01', 'Guadeloupe'),
    ('02', 'Martinique'),
    ('03', 'Guyane'),
    ('04', 'La Réunion'),
    ('06', 'Mayotte'),
    ('11', 'Île-de-France'),
    ('24', 'Centre-Val de Loire'),
    ('27', 'Bourgogne-Franche-Comté'),
    ('28', 'Normandie'),
    ('32', 'Hauts-de-France'),
    ('44', 'Grand Est'),
    ('52', 'Pays de la Loire'),
    ('53', 'Bretagne'),
    ('75', 'Nouvelle-Aquitaine'),
    ('76', 'Occitanie'),
    ('84', 'Auvergne-Rhône-Alpes'),
    ('93', 'Provence-Alpes-Côte d''Azur'),
    ('94', 'Corse');

INSERT INTO insee_departement (code, name, region) VALUES
    ('971', 'Guadeloupe', '01'),
    ('972', 'Martinique', '02'),
    ('973', 'Guyane', '03'),
    ('974', 'La Réunion', '04'),
    ('976', 'Mayotte', '06'),
    ('75', 'Paris', '11'),
    ('77', 'Seine-et-Marne', '11'),
    ('78', 'Yvelines', '11'),
    ('91', 'Essonne', '11'),
    ('92', 'Hauts-de-Seine', '11'),
    ('93', 'Seine-Saint-Denis', '11'),
    ('94', 'Val-de-Marne', '11'),
    ('95', 'Val-d''Oise', '11'),
    ('18', 'Cher', '24'),
    ('28', 'Eure-et-Loir', '24'),
    ('36', 'Indre', '24'),
    ('37', 'Indre-et-Loire', '24'),
    ('41', 'Loir-et-Cher', '24'),
    ('45', 'Loiret', '24'),
    ('21', 'Côte-d''Or', '27'),
    ('25', 'Doubs', '27'),
    ('39', 'Jura', '27'),
    ('58', 'Nièvre', '27'),
    ('70', 'Haute-Saône', '27'),
    ('71', 'Saône-et-Loire', '27'),
    ('89', 'Yonne', '27'),
    ('90', 'Territoire de Belfort', '27'),
    ('14', 'Calvados', '28'),
    ('27', 'Eure', '28'),
    ('50', 'Manche', '28'),
    ('61', 'Orne', '28'),
    ('76', 'Seine-Maritime', '28'),
    ('02', 'Aisne', '32'),
    ('59', 'Nord', '32'),
    ('60', 'Oise', '32'),
    ('62', 'Pas-de-Calais', '32'),
    ('80', 'Somme', '32'),
    ('08', 'Ardennes', '44'),
    ('10', 'Aube', '44'),
    ('51', 'Marne', '44'),
    ('52', 'Haute-Marne', '44'),
    ('54', 'Meurthe-et-Moselle', '44'),
    ('55', 'Meuse', '44'),
    ('57', 'Moselle', '44'),
    ('67', 'Bas-Rhin', '44'),
    ('68', 'Haut-Rhin', '44'),
    ('88', 'Vosges', '44'),
    ('44', 'Loire-Atlantique', '52'),
    ('49', 'Maine-et-Loire', '52'),
    ('53', 'Mayenne', '52'),
    ('72', 'Sarthe', '52'),
    ('85', 'Vendée', '52'),
    ('22', 'Côtes-d''Armor', '53'),
    ('29', 'Finistère', '53'),
    ('35', 'Ille-et-Vilaine', '53'),
    ('56', 'Morbihan', '53'),
    ('16', 'Charente', '75'),
    ('17', 'Charente-Maritime', '75'),
    ('19', 'Corrèze', '75'),
    ('23', 'Creuse', '75'),
    ('24', 'Dordogne', '75'),
    ('33', 'Gironde', '75'),
    ('40', 'Landes', '75'),
    ('47', 'Lot-et-Garonne', '75'),
    ('64', 'Pyrénées-Atlantiques', '75'),
    ('79', 'Deux-Sèvres', '75'),
    ('86', 'Vienne', '75'),
    ('87', 'Haute-Vienne', '75'),
    ('09', 'Ariège', '76'),
    ('11', 'Aude', '76'),
    ('12', 'Aveyron', '76'),
    ('30', 'Gard', '76'),
    ('31', 'Haute-Garonne', '76'),
    ('32', 'Gers', '76'),
    ('34', 'Hérault', '76'),
    ('46', 'Lot', '76'),
    ('48', 'Lozère', '76'),
    ('65', 'Hautes-Pyrénées', '76'),
    ('66', 'Pyrénées-Orientales', '76'),
    ('81', 'Tarn', '76'),
    ('82', 'Tarn-et-Garonne', '76'),
    ('01', 'Ain', '84'),
    ('03', 'Allier', '84'),
    ('07', 'Ardèche', '84'),
    ('15', 'Cantal', '84'),
    ('26', 'Drôme', '84'),
    ('38', 'Isère', '84'),
    ('42', 'Loire', '84'),
    ('43', 'Haute-Loire', '84'),
    ('63', 'Puy-de-Dôme', '84'),
    ('69', 'Rhône', '84'),
    ('73', 'Savoie', '84'),
    ('74', 'Haute-Savoie', '84'),
    ('04', 'Alpes-de-Haute-Provence', '93'),
    ('05', 'Hautes-Alpes', '93'),
    ('06', 'Alpes-Maritimes', '93'),
    ('13', 'Bouches-du-Rhône', '93'),
    ('83', 'Var', '93'),
    ('84', 'Vaucluse', '93'),
    ('2A', 'Corse-du-Sud', '94'),
    ('2B', 'Haute-Corse', '94');

-- One row per published partner and per aid. Areas: the codes named (regions, departements), the regions served
-- (those named and those of the départements named), and nationwide when none is named.
CREATE TABLE search_entry (
    type           varchar(10)  NOT NULL CHECK (type IN ('PARTNER', 'AID')),
    id             varchar(80)  NOT NULL,
    name_fr        varchar(200) NOT NULL,
    name_en        varchar(200) NOT NULL,
    position       integer      NOT NULL DEFAULT 0,
    kind           varchar(60),
    verified       boolean,
    nationwide     boolean      NOT NULL,
    regions        text[]       NOT NULL,
    departements   text[]       NOT NULL,
    served_regions text[]       NOT NULL,
    sectors        text[]       NOT NULL DEFAULT '{}',
    use_cases      text[]       NOT NULL DEFAULT '{}',
    offers         text[]       NOT NULL DEFAULT '{}',
    aid_types      text[]       NOT NULL DEFAULT '{}',
    search_fr      tsvector     NOT NULL,
    search_en      tsvector     NOT NULL,
    PRIMARY KEY (type, id)
);

-- The index's version, moved by every statement that writes partners or aids: a service holding the index in
-- memory reads it again when the version it holds is no longer the current one.
CREATE TABLE search_state (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO search_state (id, version) VALUES (1, 1);

CREATE FUNCTION search_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_state SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE FUNCTION served_regions(regions text[], departements text[]) RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
        SELECT unnest(regions) AS code
        UNION SELECT d.region FROM insee_departement d WHERE d.code = ANY (departements)) served
$$;

CREATE FUNCTION json_texts(items jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(value), '{}') FROM jsonb_array_elements_text(coalesce(items, '[]')) value
$$;

-- The partner's published document, indexed; gone from the index when nothing is published.
CREATE FUNCTION reindex_partner(partner_slug text) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM search_entry WHERE type = 'PARTNER' AND id = partner_slug;
    INSERT INTO search_entry (type, id, name_fr, name_en, kind, verified, nationwide, regions, departements,
        served_regions, sectors, use_cases, offers, search_fr, search_en)
    SELECT 'PARTNER', p.slug, d->>'name', d->>'name', d->>'kind', coalesce(CAST(d->>'verified' AS boolean), false),
        cardinality(json_texts(d->'regions')) + cardinality(json_texts(d->'departements')) = 0,
        json_texts(d->'regions'), json_texts(d->'departements'),
        served_regions(json_texts(d->'regions'), json_texts(d->'departements')),
        json_texts(d->'sectors'), json_texts(d->'useCases'), json_texts(d->'offers'),
        setweight(to_tsvector('boussole_fr', concat_ws(' ', d->>'name', d->>'siren')), 'A')
            || setweight(to_tsvector('boussole_fr', coalesce(d#>>'{description,fr}', '')), 'B'),
        setweight(to_tsvector('boussole_en', concat_ws(' ', d->>'name', d->>'siren')), 'A')
            || setweight(to_tsvector('boussole_en',
                coalesce(d#>>'{description,en}', d#>>'{description,fr}', '')), 'B')
    FROM partner p, LATERAL (SELECT p.published AS d) published
    WHERE p.slug = partner_slug AND p.published IS NOT NULL
$$;

CREATE FUNCTION reindex_aid(aid_id text) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM search_entry WHERE type = 'AID' AND id = aid_id;
    INSERT INTO search_entry (type, id, name_fr, name_en, position, nationwide, regions, departements,
        served_regions, aid_types, search_fr, search_en)
    SELECT 'AID', a.id, a.name_fr, a.name_en, a.position, cardinality(a.regions) + cardinality(a.departements) = 0,
        a.regions, a.departements, served_regions(a.regions, a.departements), a.aid_types,
        setweight(to_tsvector('boussole_fr', a.name_fr), 'A')
            || setweight(to_tsvector('boussole_fr', a.description_fr || ' ' || array_to_string(a.carriers, ' ')), 'B')
            || setweight(to_tsvector('boussole_fr', coalesce(a.conditions_fr, '')), 'C'),
        setweight(to_tsvector('boussole_en', a.name_en), 'A')
            || setweight(to_tsvector('boussole_en', a.description_en || ' ' || array_to_string(a.carriers, ' ')), 'B')
            || setweight(to_tsvector('boussole_en', coalesce(a.conditions_en, '')), 'C')
    FROM funding_aid a
    WHERE a.id = aid_id
$$;

CREATE FUNCTION partner_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM reindex_partner(NEW.slug);
    RETURN NULL;
END
$$;

CREATE FUNCTION aid_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM search_entry WHERE type = 'AID' AND id = OLD.id;
    ELSE
        PERFORM reindex_aid(NEW.id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER partner_indexed_on_insert AFTER INSERT ON partner
    FOR EACH ROW WHEN (NEW.published IS NOT NULL) EXECUTE FUNCTION partner_changed();
CREATE TRIGGER partner_indexed_on_update AFTER UPDATE ON partner
    FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published) EXECUTE FUNCTION partner_changed();
CREATE TRIGGER aid_indexed AFTER INSERT OR UPDATE OR DELETE ON funding_aid
    FOR EACH ROW EXECUTE FUNCTION aid_changed();
CREATE TRIGGER partners_change_search AFTER INSERT OR UPDATE OR DELETE ON partner
    FOR EACH STATEMENT EXECUTE FUNCTION search_changed();
CREATE TRIGGER aids_change_search AFTER INSERT OR UPDATE OR DELETE ON funding_aid
    FOR EACH STATEMENT EXECUTE FUNCTION search_changed();

SELECT reindex_partner(slug) FROM partner WHERE published IS NOT NULL;
SELECT reindex_aid(id) FROM funding_aid;
