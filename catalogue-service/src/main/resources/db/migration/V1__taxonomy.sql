-- The guide's two ways into the catalogue: business sectors and business functions.
-- Rows come from seed/*.json; once a curator edits a row through the API (curated = true) the seed leaves it alone.

CREATE TABLE sector (
    code           varchar(60)   PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position       integer       NOT NULL,
    name_fr        varchar(120)  NOT NULL CHECK (btrim(name_fr) <> ''),
    name_en        varchar(120)  NOT NULL CHECK (btrim(name_en) <> ''),
    description_fr varchar(1000) NOT NULL CHECK (btrim(description_fr) <> ''),
    description_en varchar(1000) NOT NULL CHECK (btrim(description_en) <> ''),
    curated        boolean       NOT NULL DEFAULT false,
    version        bigint        NOT NULL DEFAULT 1,
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    updated_by     varchar(120)  NOT NULL DEFAULT 'seed'
);

CREATE TABLE business_function (LIKE sector INCLUDING ALL);
