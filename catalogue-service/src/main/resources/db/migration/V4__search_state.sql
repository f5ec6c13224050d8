-- The version of what search reads, moved by every statement that writes the published use cases or the sectors
-- (a transversal use case counts in every sector): the service holds the search index in memory and reads it
-- again when the version it holds is no longer the current one.
CREATE TABLE search_state (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO search_state (id, version) VALUES (1, 1);

CREATE FUNCTION search_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_state SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER publications_change_search AFTER INSERT OR UPDATE OR DELETE ON use_case_publication
    FOR EACH STATEMENT EXECUTE FUNCTION search_changed();
CREATE TRIGGER sectors_change_search AFTER INSERT OR UPDATE OR DELETE ON sector
    FOR EACH STATEMENT EXECUTE FUNCTION search_changed();
