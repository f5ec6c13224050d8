-- Partner sites (CCIs, clusters, regions) embed the catalogue with a public key that curators manage: the origins
-- whose pages may show it, its branding, the filters and language it starts with. Every frame shown, and every one
-- refused to an origin the key does not allow, is counted per key and day.
CREATE TABLE embed_key (
    key               varchar(40)   PRIMARY KEY CHECK (key ~ '^pk_[a-z0-9]{24}$'),
    partner_name      varchar(120)  NOT NULL CHECK (btrim(partner_name) <> ''),
    allowed_origins   text[]        NOT NULL CHECK (cardinality(allowed_origins) BETWEEN 1 AND 20),
    brand_colour      varchar(7)    CHECK (brand_colour ~ '^#[0-9a-f]{6}$'),
    logo_url          varchar(500),
    default_sector    varchar(60)   REFERENCES sector (code),
    default_function  varchar(60)   REFERENCES business_function (code),
    default_language  varchar(2)    NOT NULL DEFAULT 'fr' CHECK (default_language IN ('fr', 'en')),
    active            boolean       NOT NULL DEFAULT true,
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(120)  NOT NULL,
    updated_at        timestamptz   NOT NULL
);

CREATE TABLE embed_key_usage (
    key      varchar(40)  NOT NULL REFERENCES embed_key (key) ON DELETE CASCADE,
    day      date         NOT NULL,
    shown    bigint       NOT NULL DEFAULT 0,
    refused  bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (key, day)
);
