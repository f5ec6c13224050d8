package fr.boussole.directory.service.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.boussole.commons.privacy.PersonReferences;
import fr.boussole.commons.privacy.PersonReferences.Column;

/**
 * What the directory holds about a person of the suite: their evaluations of partners (their own opinions: erasure
 * deletes them, and the partners' averages follow) and their name as the author of curation work (partners, aids,
 * partner kinds; erasure puts {@code [erased]} in its place). Partners' contact persons are a company's data, erased
 * with it ({@link CompanyPrivacyService}).
 */
@ApplicationScoped
@Transactional
public class PersonPrivacyService {

    private final PersonReferences references;

    PersonPrivacyService(DataSource dataSource) {
        List<Column> columns = new ArrayList<>(Column.curatedContent("partner", "partner_history"));
        columns.addAll(List.of(
                Column.owning("partner_evaluation", "evaluator", "partner_slug AS partner, evaluator_role AS role,"
                        + " business_needs AS \"businessNeeds\", total_cost AS \"totalCost\", internal_team AS"
                        + " \"internalTeam\", trust, reputation, client_references AS \"clientReferences\","
                        + " offer_quality AS \"offerQuality\", training, comment, created_at AS \"createdAt\","
                        + " updated_at AS \"updatedAt\""),
                Column.naming("partner_kind", "updated_by", "code"),
                Column.naming("funding_aid", "updated_by", "id"),
                Column.naming("funding_aid_history", "actor", "aid_id AS aid, version, action, at")));
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
