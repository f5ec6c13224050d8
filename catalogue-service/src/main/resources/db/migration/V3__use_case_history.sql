-- Every change curators make to a use case: who, when, which version it produced, and what changed
-- (field -> {"before": ..., "after": ...}).

CREATE TABLE use_case_history (
    id      bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug    varchar(80)  NOT NULL REFERENCES use_case (slug),
    version bigint       NOT NULL,
    action  varchar(20)  NOT NULL CHECK (action IN ('CREATED', 'EDITED', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED')),
    actor   varchar(120) NOT NULL,
    at      timestamptz  NOT NULL,
    changes jsonb        NOT NULL DEFAULT '{}'
);

CREATE INDEX use_case_history_slug ON use_case_history (slug, id);
