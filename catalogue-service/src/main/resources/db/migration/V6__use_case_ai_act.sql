-- A use case's AI Act classification is curated with the rest of it: a curator classifies a new use case before
-- publishing it. Existing use cases get theirs from the seed (republished at startup) or from their curator.
ALTER TABLE use_case
    ADD COLUMN ai_act_category     varchar(20)
        CHECK (ai_act_category IN ('PROHIBITED', 'HIGH_RISK', 'TRANSPARENCY', 'MINIMAL')),
    ADD COLUMN ai_act_reasoning_fr text,
    ADD COLUMN ai_act_reasoning_en text,
    ADD COLUMN ai_act_checked_on   date;
