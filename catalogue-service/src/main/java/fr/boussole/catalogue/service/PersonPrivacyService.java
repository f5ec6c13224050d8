package fr.boussole.catalogue.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.boussole.commons.privacy.PersonReferences;
import fr.boussole.commons.privacy.PersonReferences.Column;

/**
 * What the catalogue holds about a person: their name as the author of curation work (use cases created, edited,
 * published; history entries; taxonomy edits; embed keys given to partner sites). Erasure puts {@code [erased]} in
 * its place; the content stays.
 */
@ApplicationScoped
@Transactional
public class PersonPrivacyService {

    private final PersonReferences references;

    PersonPrivacyService(DataSource dataSource) {
        List<Column> columns = new ArrayList<>(Column.curatedContent("use_case", "use_case_history"));
        columns.add(Column.naming("sector", "updated_by", "code"));
        columns.add(Column.naming("business_function", "updated_by", "code"));
        columns.add(Column.naming("embed_key", "created_by", "key, partner_name AS \"partnerName\""));
        this.references = new PersonReferences(dataSource, columns);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> data(boolean admin, String callerName, String person) {
        return references.access(admin, callerName, person);
    }

    public Map<String, Object> erase(boolean admin, String callerName, String person) {
        return references.erasure(admin, callerName, person);
    }
}
