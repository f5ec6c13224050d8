-- What SMEs and CCI advisors think of a partner, on the guide's eight selection criteria: one evaluation per
-- evaluator and partner, which its author may change. Each score is 1 (unfavourable to the SME) to 5 (most
-- favourable), or null when the evaluator cannot judge that criterion.

CREATE TABLE partner_evaluation (
    id                  bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_slug        varchar(80)   NOT NULL REFERENCES partner (slug),
    evaluator           varchar(120)  NOT NULL,
    evaluator_role      varchar(20)   NOT NULL CHECK (evaluator_role IN ('sme', 'advisor')),
    business_needs      integer       CHECK (business_needs BETWEEN 1 AND 5),
    total_cost          integer       CHECK (total_cost BETWEEN 1 AND 5),
    internal_team       integer       CHECK (internal_team BETWEEN 1 AND 5),
    trust               integer       CHECK (trust BETWEEN 1 AND 5),
    reputation          integer       CHECK (reputation BETWEEN 1 AND 5),
    client_references   integer       CHECK (client_references BETWEEN 1 AND 5),
    offer_quality       integer       CHECK (offer_quality BETWEEN 1 AND 5),
    training            integer       CHECK (training BETWEEN 1 AND 5),
    comment             varchar(2000),
    version             bigint        NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    UNIQUE (partner_slug, evaluator)
);
