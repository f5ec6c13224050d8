package fr.boussole.directory.service.partner;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.config.SeedConfig;
import fr.boussole.commons.config.SeedFiles;
import fr.boussole.directory.domain.MonthRange;
import fr.boussole.directory.domain.PartnerKindCategory;
import fr.boussole.directory.rest.dto.KindText;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the partner kinds from {@code seed/partner-kinds.json} at startup. Idempotent and safe with several
 * replicas starting at once: missing kinds are inserted, and kinds that changed in the file are updated unless a
 * curator has edited them through the API since.
 */
@ApplicationScoped
@Transactional
public class PartnerKindSeeder {

    private static final Logger LOG = Logger.getLogger(PartnerKindSeeder.class);
    static final String SEED_FILE = "seed/partner-kinds.json";
    /** Before the partners, which refer to their kind. */
    static final int PRIORITY = Interceptor.Priority.APPLICATION;

    /** One kind as written in the seed file. */
    record SeedKind(String code, PartnerKindCategory category, int position, MonthRange firstTest, KindText fr,
            KindText en) {
    }

    private static final String UPSERT = """
            INSERT INTO partner_kind AS k (code, category, position, name_fr, name_en, description_fr, description_en,
                                           first_test_min_months, first_test_max_months)
            VALUES (:code, :category, :position, :nameFr, :nameEn, :descriptionFr, :descriptionEn, :minMonths, :maxMonths)
            ON CONFLICT (code) DO UPDATE SET category = excluded.category, position = excluded.position,
                name_fr = excluded.name_fr, name_en = excluded.name_en, description_fr = excluded.description_fr,
                description_en = excluded.description_en, first_test_min_months = excluded.first_test_min_months,
                first_test_max_months = excluded.first_test_max_months, version = k.version + 1,
                updated_at = now(), updated_by = 'seed'
            WHERE NOT k.curated
              AND (k.category, k.position, k.name_fr, k.name_en, k.description_fr, k.description_en,
                   k.first_test_min_months, k.first_test_max_months)
                  IS DISTINCT FROM (excluded.category, excluded.position, excluded.name_fr, excluded.name_en,
                   excluded.description_fr, excluded.description_en, excluded.first_test_min_months,
                   excluded.first_test_max_months)""";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final SeedConfig config;

    PartnerKindSeeder(EntityManager entityManager, ObjectMapper mapper, SeedConfig config) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.config = config;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (config.enabled()) {
            seed();
        }
    }

    void seed() {
        int changed = 0;
        for (SeedKind kind : SeedFiles.read(mapper, SEED_FILE, new TypeReference<List<SeedKind>>() {
        })) {
            changed += entityManager.createNativeQuery(UPSERT)
                    .setParameter("code", kind.code())
                    .setParameter("category", kind.category().name())
                    .setParameter("position", kind.position())
                    .setParameter("nameFr", kind.fr().name())
                    .setParameter("nameEn", kind.en().name())
                    .setParameter("descriptionFr", kind.fr().description())
                    .setParameter("descriptionEn", kind.en().description())
                    .setParameter("minMonths", kind.firstTest() == null ? null : kind.firstTest().minMonths())
                    .setParameter("maxMonths", kind.firstTest() == null ? null : kind.firstTest().maxMonths())
                    .executeUpdate();
        }
        LOG.infof("Seeded partner_kind: %d rows inserted or updated", changed);
    }
}
