-- Every change curators make to an aid, field by field, as for partners and use cases (issue #18). The seed's own
-- writes are not changes of anyone's and are not recorded.
CREATE TABLE funding_aid_history (
    id      bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aid_id  varchar(80)  NOT NULL REFERENCES funding_aid (id),
    version bigint       NOT NULL,
    action  varchar(20)  NOT NULL CHECK (action IN ('CREATED', 'EDITED', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED')),
    actor   varchar(120) NOT NULL,
    at      timestamptz  NOT NULL,
    changes jsonb        NOT NULL DEFAULT '{}'
);

CREATE INDEX funding_aid_history_aid ON funding_aid_history (aid_id, id);
