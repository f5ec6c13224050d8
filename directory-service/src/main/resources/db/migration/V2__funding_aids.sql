-- Public funding aids an SME can turn to, modelled on the data.gouv.fr "dispositif d'aide" exchange schema
-- (etalab/schema-dispositif-aide): identifier, name, carriers, aid types, beneficiaries, geographic zones by
-- official INSEE code, opening and closing dates, official page, contact. Each aid also carries its eligibility
-- rules as data (rules, see EligibilityRules) and the conditions no rule can check, in French and English.
-- Rows come from seed/funding-aids.json; once a curator edits one through the API (curated) the seed leaves it.

CREATE TABLE funding_aid (
    id                  varchar(80)   PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_fr             varchar(180)  NOT NULL CHECK (btrim(name_fr) <> ''),
    name_en             varchar(180)  NOT NULL CHECK (btrim(name_en) <> ''),
    description_fr      varchar(4000) NOT NULL CHECK (btrim(description_fr) <> ''),
    description_en      varchar(4000) NOT NULL CHECK (btrim(description_en) <> ''),
    conditions_fr       varchar(2000),
    conditions_en       varchar(2000),
    carriers            text[]        NOT NULL CHECK (cardinality(carriers) > 0),
    carrier_sirens      text[]        NOT NULL DEFAULT '{}',
    aid_types           text[]        NOT NULL CHECK (cardinality(aid_types) > 0),
    beneficiaries       text[]        NOT NULL DEFAULT '{}',
    recurrence          varchar(20)   NOT NULL CHECK (recurrence IN ('PERMANENT', 'ONE_OFF', 'RECURRING')),
    -- Empty: all of France. Otherwise INSEE codes: a region (two digits, e.g. 11) or a département (e.g. 75, 2A).
    regions             text[]        NOT NULL DEFAULT '{}',
    departements        text[]        NOT NULL DEFAULT '{}',
    opens_on            date,
    closes_on           date,
    rules               jsonb         NOT NULL DEFAULT '{}',
    source_url          varchar(500)  CHECK (source_url ~ '^https?://'),
    procedure_url       varchar(500)  CHECK (procedure_url ~ '^https?://'),
    contact             varchar(500),
    position            integer       NOT NULL DEFAULT 1000,
    curated             boolean       NOT NULL DEFAULT false,
    version             bigint        NOT NULL DEFAULT 1,
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    updated_by          varchar(120)  NOT NULL DEFAULT 'seed',
    CHECK (opens_on IS NULL OR closes_on IS NULL OR opens_on <= closes_on)
);
