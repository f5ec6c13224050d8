-- The readiness questionnaire is versioned data: a published version never changes, so an assessment keeps the
-- meaning it was answered with. The current questionnaire is the published version with the highest number.

CREATE TABLE questionnaire (
    version      integer     PRIMARY KEY CHECK (version > 0),
    status       varchar(20) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    published_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'DRAFT') = (published_at IS NULL))
);

-- The guide's five dimensions of the stock-take, as each questionnaire version words them.
CREATE TABLE questionnaire_dimension (
    id                    bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    questionnaire_version integer       NOT NULL REFERENCES questionnaire (version),
    code                  varchar(30)   NOT NULL CHECK (code ~ '^[a-z]+(-[a-z]+)*$'),
    position              integer       NOT NULL,
    name_fr               varchar(120)  NOT NULL CHECK (btrim(name_fr) <> ''),
    name_en               varchar(120)  NOT NULL CHECK (btrim(name_en) <> ''),
    description_fr        varchar(2000) NOT NULL CHECK (btrim(description_fr) <> ''),
    description_en        varchar(2000) NOT NULL CHECK (btrim(description_en) <> ''),
    UNIQUE (questionnaire_version, code)
);
