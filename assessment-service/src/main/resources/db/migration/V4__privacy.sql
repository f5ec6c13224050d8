-- GDPR: an erased assessment keeps its statistics (questionnaire version, sector, region, scores, level) but loses
-- what identifies the company and its people, and free text. It no longer needs a SIREN.
ALTER TABLE assessment ADD COLUMN erased_at timestamptz;
DO $$
DECLARE
    siren_required text;
BEGIN
    SELECT conname INTO siren_required FROM pg_constraint
    WHERE conrelid = 'assessment'::regclass AND contype = 'c'
      AND pg_get_constraintdef(oid) LIKE '%ANONYMOUS%siren IS NOT NULL%';
    EXECUTE format('ALTER TABLE assessment DROP CONSTRAINT %I', siren_required);
END $$;
ALTER TABLE assessment ADD CONSTRAINT assessment_company_known
    CHECK (origin = 'ANONYMOUS' OR siren IS NOT NULL OR erased_at IS NOT NULL);
CREATE INDEX assessment_retention ON assessment (status, updated_at) WHERE erased_at IS NULL;

-- Who read, exported or erased personal data, and whose: kept for the data protection officer's audits.
CREATE TABLE personal_data_access (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz   NOT NULL,
    actor          varchar(255)  NOT NULL,
    actor_role     varchar(20),
    actor_cci      varchar(60),
    action         varchar(20)   NOT NULL CHECK (action IN ('READ', 'EXPORT', 'ERASE', 'RETENTION')),
    -- the company concerned, when there is one
    siren          varchar(9),
    assessment_id  uuid,
    detail         varchar(500)
);
CREATE INDEX personal_data_access_siren ON personal_data_access (siren, at DESC);
CREATE INDEX personal_data_access_at ON personal_data_access (at DESC);
