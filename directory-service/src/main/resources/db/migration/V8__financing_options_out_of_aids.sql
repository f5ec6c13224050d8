-- The guide's self-financing and bank loan are ways to pay for a project, not public aids a company is eligible to
-- (issue #20): they move to the catalogue's guidance (financing options) and leave the directory, unless a curator
-- has made them theirs. An aid no curator touched has no history, so nothing else refers to these rows.
DELETE FROM funding_aid WHERE id IN ('autofinancement', 'pret-bancaire') AND NOT curated;
