-- Aids as dated, sourced facts (issue #20): the day the source was last checked and how sure its facts are, what
-- the aid gives under today's terms (share of the costs, largest amount) and the terms that stood before, so that
-- eligibility on a past date answers as the aid then was. An aid never checked has no checked_on and is due for
-- review; the guide's aids of 2020 start so until the seed states otherwise.
ALTER TABLE funding_aid
    ADD COLUMN checked_on     date,
    ADD COLUMN confidence     varchar(20) NOT NULL DEFAULT 'TO_CONFIRM'
        CHECK (confidence IN ('HIGH', 'MEDIUM', 'TO_CONFIRM')),
    ADD COLUMN rate_percent   integer  CHECK (rate_percent BETWEEN 0 AND 100),
    ADD COLUMN max_amount_eur bigint CHECK (max_amount_eur >= 0),
    ADD COLUMN earlier_terms  jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(earlier_terms) = 'array');

-- Curators look for the aids whose check is oldest.
CREATE INDEX funding_aid_checked_on ON funding_aid (checked_on NULLS FIRST);
