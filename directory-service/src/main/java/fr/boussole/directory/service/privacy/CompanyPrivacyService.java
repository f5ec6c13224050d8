package fr.boussole.directory.service.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.boussole.commons.idempotency.StoredAnswers;
import fr.boussole.commons.security.DataSubjectRights;

/**
 * What the directory holds about a company, for its GDPR rights: its partner entry, if it is a partner, with the
 * contact person (the only personal data here). Erasure deletes that contact from the entry, from its published
 * version (the search index follows by trigger), from the curation history (its {@code contact.*} changes) and from
 * the answers kept for idempotent retries.
 */
@ApplicationScoped
@Transactional
public class CompanyPrivacyService {

    /** Who asks: an admin for any company, a company user (token claim siren) for its own. */
    public record Requester(boolean admin, String siren) {

        void checkMayActFor(String company) {
            DataSubjectRights.checkMayActFor(admin, siren, company);
        }
    }

    private final EntityManager entities;
    private final DataSource dataSource;

    CompanyPrivacyService(EntityManager entities, DataSource dataSource) {
        this.entities = entities;
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> data(Requester requester, String siren) {
        requester.checkMayActFor(siren);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT slug, name, status, contact_name, contact_email, contact_phone, created_at, updated_at
                FROM partner WHERE siren = ?1 ORDER BY slug""").setParameter(1, siren).getResultList();
        List<Map<String, Object>> partners = rows.stream().map(row -> {
            Map<String, Object> partner = new LinkedHashMap<>();
            partner.put("slug", row[0]);
            partner.put("name", row[1]);
            partner.put("status", row[2]);
            partner.put("contact", row[3] == null && row[4] == null && row[5] == null ? null
                    : mapOf("name", row[3], "email", row[4], "phone", row[5]));
            partner.put("createdAt", String.valueOf(row[6]));
            partner.put("updatedAt", String.valueOf(row[7]));
            return partner;
        }).toList();
        return Map.of("partners", partners);
    }

    public Map<String, Object> erase(Requester requester, String siren) {
        requester.checkMayActFor(siren);
        int contacts = entities.createNativeQuery("""
                UPDATE partner SET contact_name = NULL, contact_email = NULL, contact_phone = NULL,
                    published = CASE WHEN published IS NULL THEN NULL ELSE published - 'contact' END
                WHERE siren = ?1 AND (contact_name IS NOT NULL OR contact_email IS NOT NULL
                    OR contact_phone IS NOT NULL OR jsonb_exists(published, 'contact'))""").setParameter(1, siren).executeUpdate();
        int historyEntries = entities.createNativeQuery("""
                UPDATE partner_history SET changes = (SELECT coalesce(jsonb_object_agg(key, value), '{}')
                    FROM jsonb_each(changes) WHERE key NOT LIKE 'contact%')
                WHERE EXISTS (SELECT 1 FROM jsonb_object_keys(changes) AS key WHERE key LIKE 'contact%')
                  AND slug IN (SELECT slug FROM partner WHERE siren = ?1)""")
                .setParameter(1, siren).executeUpdate();
        return Map.of("contactsErased", contacts, "historyEntriesErased", historyEntries, "storedAnswersForgotten",
                StoredAnswers.forgetMentionsOf(dataSource, siren));
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        return map;
    }
}
