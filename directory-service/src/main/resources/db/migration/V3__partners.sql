-- Partners an SME can work with: providers, consultancies, clusters, CCIs, labs, schools, public bodies and the
-- information channels of the guide. Curators edit a working copy; publishing stores the public document in
-- `published`, which stays online while the next version is edited, until the partner is archived.

CREATE TABLE partner (
    slug                  varchar(80)   PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    status                varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    kind                  varchar(60)   NOT NULL REFERENCES partner_kind (code),
    name                  varchar(200)  NOT NULL CHECK (btrim(name) <> ''),
    description_fr        varchar(2000),
    description_en        varchar(2000),
    siren                 varchar(9)    CHECK (siren ~ '^[0-9]{9}$'),
    regions               text[]        NOT NULL DEFAULT '{}',
    departements          text[]        NOT NULL DEFAULT '{}',
    sectors               text[]        NOT NULL DEFAULT '{}',
    use_cases             text[]        NOT NULL DEFAULT '{}',
    offers                text[]        NOT NULL DEFAULT '{}',
    first_test_min_months integer       CHECK (first_test_min_months BETWEEN 1 AND 36),
    first_test_max_months integer       CHECK (first_test_max_months BETWEEN 1 AND 36),
    website               varchar(300)  CHECK (website ~ '^https?://'),
    -- Personal data: only curators and admins see them.
    contact_name          varchar(120),
    contact_email         varchar(200),
    contact_phone         varchar(30),
    verified              boolean       NOT NULL DEFAULT false,
    published             jsonb,
    curated               boolean       NOT NULL DEFAULT false,
    version               bigint        NOT NULL DEFAULT 0,
    created_at            timestamptz   NOT NULL DEFAULT now(),
    created_by            varchar(120)  NOT NULL DEFAULT 'seed',
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    last_editor           varchar(120)  NOT NULL DEFAULT 'seed',
    published_at          timestamptz,
    published_by          varchar(120),
    CHECK ((first_test_min_months IS NULL) = (first_test_max_months IS NULL)),
    CHECK (first_test_min_months <= first_test_max_months),
    CHECK ((status = 'PUBLISHED') <= (published IS NOT NULL))
);

CREATE INDEX partner_kind_published ON partner (kind) WHERE published IS NOT NULL;

-- Every change curators make to a partner: who, when, which version it produced, and what changed
-- (field -> {"before": ..., "after": ...}).
CREATE TABLE partner_history (
    id      bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug    varchar(80)  NOT NULL REFERENCES partner (slug),
    version bigint       NOT NULL,
    action  varchar(20)  NOT NULL CHECK (action IN ('CREATED', 'EDITED', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED')),
    actor   varchar(120) NOT NULL,
    at      timestamptz  NOT NULL,
    changes jsonb        NOT NULL DEFAULT '{}'
);

CREATE INDEX partner_history_slug ON partner_history (slug, id);
