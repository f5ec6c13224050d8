-- Kinds of partners an SME can turn to, and the channels through which it can get informed (the guide's
-- "bien s'informer et sélectionner les bons partenaires"). Rows come from seed/partner-kinds.json; once a
-- curator edits a row through the API (curated = true) the seed leaves it alone.

CREATE TABLE partner_kind (
    code                     varchar(60)   PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    category                 varchar(30)   NOT NULL CHECK (category IN ('PARTNER', 'INFORMATION_CHANNEL')),
    position                 integer       NOT NULL,
    name_fr                  varchar(120)  NOT NULL CHECK (btrim(name_fr) <> ''),
    name_en                  varchar(120)  NOT NULL CHECK (btrim(name_en) <> ''),
    description_fr           varchar(1000) NOT NULL CHECK (btrim(description_fr) <> ''),
    description_en           varchar(1000) NOT NULL CHECK (btrim(description_en) <> ''),
    first_test_min_months    integer       CHECK (first_test_min_months BETWEEN 1 AND 36),
    first_test_max_months    integer       CHECK (first_test_max_months BETWEEN 1 AND 36),
    curated                  boolean       NOT NULL DEFAULT false,
    version                  bigint        NOT NULL DEFAULT 1,
    updated_at               timestamptz   NOT NULL DEFAULT now(),
    updated_by               varchar(120)  NOT NULL DEFAULT 'seed',
    CHECK ((first_test_min_months IS NULL) = (first_test_max_months IS NULL)),
    CHECK (first_test_min_months <= first_test_max_months)
);
