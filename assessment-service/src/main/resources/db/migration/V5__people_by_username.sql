-- People are named by their username everywhere in the suite (the principal name of their tokens, which the realm
-- does not let anyone change), so that a person's GDPR rights can find everything that names them. Notes named
-- their author twice (subject and username): the username stays. Rows written before this version that name a
-- person by subject (assessments' created_by, consents' granted_by and revoked_by) keep it: no release had any.
UPDATE assessment_note SET author = author_name WHERE author_name IS NOT NULL;
ALTER TABLE assessment_note DROP COLUMN author_name;

-- The access log also tells whose personal data a request was about when the subject is a person.
ALTER TABLE personal_data_access ADD COLUMN person varchar(255);
CREATE INDEX personal_data_access_person ON personal_data_access (person, at DESC) WHERE person IS NOT NULL;
CREATE INDEX personal_data_access_actor ON personal_data_access (actor);
