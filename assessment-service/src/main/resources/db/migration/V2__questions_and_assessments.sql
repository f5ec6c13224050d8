-- The questions of each questionnaire version. Version 1 published the five dimensions alone; version 2 adds the
-- company profile and the guide's questions. Like the dimensions, a published version's questions never change.
CREATE TABLE questionnaire_question (
    id                    bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    questionnaire_version integer       NOT NULL REFERENCES questionnaire (version),
    code                  varchar(40)   NOT NULL CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- 'profile' for the company profile, else the code of the dimension the question is scored in
    section               varchar(30)   NOT NULL,
    position              integer       NOT NULL,
    type                  varchar(20)   NOT NULL CHECK (type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'YES_NO',
                                                                 'NUMBER', 'TEXT')),
    required              boolean       NOT NULL,
    weight                integer       NOT NULL CHECK (weight >= 0),
    necessary_threshold   numeric(3, 2) CHECK (necessary_threshold > 0 AND necessary_threshold <= 1),
    -- {"question": "build-mode", "anyOf": ["in-house"]}: asked only when that answer is given
    asked_when            jsonb,
    -- [{"code", "points", "exclusive", "fr", "en"}] for choice questions
    options               jsonb         NOT NULL DEFAULT '[]',
    min_value             bigint,
    max_value             bigint,
    pattern               varchar(200),
    label_fr              varchar(500)  NOT NULL CHECK (btrim(label_fr) <> ''),
    label_en              varchar(500)  NOT NULL CHECK (btrim(label_en) <> ''),
    help_fr               varchar(1000),
    help_en               varchar(1000),
    UNIQUE (questionnaire_version, code),
    UNIQUE (questionnaire_version, position)
);

-- An assessment: the answers of one company to one questionnaire version, a draft until submitted, then scored
-- once and immutable. Who may read it follows from origin, siren, owner_cci and the active sharing below.
CREATE TABLE assessment (
    id                     uuid          PRIMARY KEY,
    questionnaire_version  integer       NOT NULL REFERENCES questionnaire (version),
    status                 varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    origin                 varchar(20)   NOT NULL CHECK (origin IN ('ANONYMOUS', 'SME', 'ADVISOR')),
    siren                  varchar(9)    CHECK (siren ~ '^[0-9]{9}$'),
    company_name           varchar(200),
    -- the CCI whose advisor made it
    owner_cci              varchar(60),
    created_by             varchar(255),
    -- SHA-256 of the resume token of an anonymous self-assessment; the token itself is never stored
    resume_token_hash      varchar(64)   UNIQUE,
    answers                jsonb         NOT NULL DEFAULT '{}',
    -- copied from the answers, for the advisors' filters
    sector                 varchar(40),
    region                 varchar(3),
    readiness              jsonb,
    score                  integer       CHECK (score BETWEEN 0 AND 100),
    computed_level         varchar(20),
    override_level         varchar(20),
    override_justification varchar(2000),
    override_by            varchar(255),
    override_at            timestamptz,
    -- the override if any, else the computed level
    level                  varchar(20),
    follow_up              varchar(20)   NOT NULL DEFAULT 'TO_CONTACT'
                                         CHECK (follow_up IN ('TO_CONTACT', 'IN_PROGRESS', 'ACCOMPANIED', 'CLOSED')),
    version                bigint        NOT NULL DEFAULT 0,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    submitted_at           timestamptz,
    CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL)),
    CHECK ((status = 'SUBMITTED') = (readiness IS NOT NULL AND score IS NOT NULL AND computed_level IS NOT NULL)),
    CHECK ((origin = 'ANONYMOUS') = (resume_token_hash IS NOT NULL)),
    CHECK ((origin = 'ADVISOR') = (owner_cci IS NOT NULL)),
    CHECK (origin = 'ANONYMOUS' OR siren IS NOT NULL),
    CHECK ((override_level IS NULL) = (override_justification IS NULL))
);
CREATE INDEX assessment_siren ON assessment (siren, submitted_at);
CREATE INDEX assessment_owner_cci ON assessment (owner_cci, updated_at DESC);

-- A company's consent to show an assessment to a CCI: one active at a time, revocable, kept as a record.
CREATE TABLE assessment_sharing (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id uuid         NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    cci           varchar(60)  NOT NULL,
    granted_at    timestamptz  NOT NULL,
    granted_by    varchar(255),
    revoked_at    timestamptz,
    revoked_by    varchar(255),
    CHECK (revoked_at IS NULL OR revoked_at >= granted_at)
);
CREATE UNIQUE INDEX assessment_sharing_active ON assessment_sharing (assessment_id) WHERE revoked_at IS NULL;
CREATE INDEX assessment_sharing_cci ON assessment_sharing (cci) WHERE revoked_at IS NULL;

-- An advisor's private note on an assessment: read by the advisors of the note's CCI only, never by the company.
CREATE TABLE assessment_note (
    id            uuid          PRIMARY KEY,
    assessment_id uuid          NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    cci           varchar(60)   NOT NULL,
    author        varchar(255)  NOT NULL,
    author_name   varchar(200),
    body          varchar(4000) NOT NULL CHECK (btrim(body) <> ''),
    created_at    timestamptz   NOT NULL
);
CREATE INDEX assessment_note_assessment ON assessment_note (assessment_id, created_at);

-- Version 1 held the dimensions without questions: nothing can be answered on it, it is retired where it exists.
UPDATE questionnaire SET status = 'RETIRED' WHERE version = 1;
