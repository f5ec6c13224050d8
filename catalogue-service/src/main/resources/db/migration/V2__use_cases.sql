-- AI use cases. A use case is edited as a working copy (use_case) by curators; publishing copies it, as one JSON
-- document plus the columns search and filters need, into use_case_publication, which is all the public ever reads.
-- Editing a published use case leaves the published copy online until the new version is published.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Accent-insensitive full text: accents are stripped before stemming, in French and in English.
CREATE TEXT SEARCH CONFIGURATION boussole_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION boussole_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION boussole_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION boussole_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TABLE use_case (
    slug                  varchar(80)   PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    status                varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    title_fr              varchar(200)  NOT NULL CHECK (btrim(title_fr) <> ''),
    title_en              varchar(200),
    summary_fr            varchar(500),
    summary_en            varchar(500),
    body_fr               varchar(10000),
    body_en               varchar(10000),
    benefits_fr           text[]        NOT NULL DEFAULT '{}',
    benefits_en           text[]        NOT NULL DEFAULT '{}',
    critical_rationale_fr varchar(1000),
    critical_rationale_en varchar(1000),
    sectors               text[]        NOT NULL DEFAULT '{}',
    functions             text[]        NOT NULL DEFAULT '{}',
    transversal           boolean       NOT NULL DEFAULT false,
    data_kinds            text[]        NOT NULL DEFAULT '{}',
    solution_types        text[]        NOT NULL DEFAULT '{}',
    personal_data         boolean       NOT NULL DEFAULT false,
    critical_domain       varchar(20)   CHECK (critical_domain IN ('HR', 'HEALTH', 'BANKING_CREDIT', 'JUSTICE')),
    prerequisite_data integer NOT NULL DEFAULT 0 CHECK (prerequisite_data BETWEEN 0 AND 100),
    prerequisite_skills integer NOT NULL DEFAULT 0 CHECK (prerequisite_skills BETWEEN 0 AND 100),
    prerequisite_funding integer NOT NULL DEFAULT 0 CHECK (prerequisite_funding BETWEEN 0 AND 100),
    prerequisite_strategy integer NOT NULL DEFAULT 0 CHECK (prerequisite_strategy BETWEEN 0 AND 100),
    prerequisite_ethics integer NOT NULL DEFAULT 0 CHECK (prerequisite_ethics BETWEEN 0 AND 100),
    sources               jsonb         NOT NULL DEFAULT '[]',
    curated               boolean       NOT NULL DEFAULT false,
    version               bigint        NOT NULL DEFAULT 1,
    created_at            timestamptz   NOT NULL DEFAULT now(),
    created_by            varchar(120)  NOT NULL DEFAULT 'seed',
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    last_editor           varchar(120)  NOT NULL DEFAULT 'seed',
    published_at          timestamptz,
    published_by          varchar(120)
);

CREATE TABLE use_case_publication (
    slug            varchar(80)  PRIMARY KEY REFERENCES use_case (slug),
    version         bigint       NOT NULL,
    published_at    timestamptz  NOT NULL,
    document        jsonb        NOT NULL,
    title_fr        varchar(200) NOT NULL,
    title_en        varchar(200) NOT NULL,
    sectors         text[]       NOT NULL,
    functions       text[]       NOT NULL,
    transversal     boolean      NOT NULL,
    data_kinds      text[]       NOT NULL,
    solution_types  text[]       NOT NULL,
    personal_data   boolean      NOT NULL,
    critical_domain varchar(20),
    search_fr       tsvector     NOT NULL,
    search_en       tsvector     NOT NULL
);

CREATE INDEX use_case_publication_search_fr ON use_case_publication USING gin (search_fr);
CREATE INDEX use_case_publication_search_en ON use_case_publication USING gin (search_en);
CREATE INDEX use_case_publication_sectors ON use_case_publication USING gin (sectors);
CREATE INDEX use_case_publication_functions ON use_case_publication USING gin (functions);
CREATE INDEX use_case_publication_title_fr ON use_case_publication (title_fr COLLATE "fr-x-icu", slug);
CREATE INDEX use_case_publication_title_en ON use_case_publication (title_en COLLATE "en-x-icu", slug);
