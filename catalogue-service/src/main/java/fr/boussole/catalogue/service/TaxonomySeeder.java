package fr.boussole.catalogue.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.rest.dto.TermText;
import fr.boussole.commons.config.SeedConfig;
import fr.boussole.commons.config.SeedFiles;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the sectors and business functions from {@code seed/*.json} at startup. Idempotent and safe with several
 * replicas starting at once: missing terms are inserted, and terms that changed in the file are updated unless a
 * curator has edited them through the API since.
 */
@ApplicationScoped
@Transactional
public class TaxonomySeeder {

    private static final Logger LOG = Logger.getLogger(TaxonomySeeder.class);

    /** One term as written in a seed file. */
    record SeedTerm(String code, int position, TermText fr, TermText en) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final SeedConfig config;

    TaxonomySeeder(EntityManager entityManager, ObjectMapper mapper, SeedConfig config) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            for (Taxonomy taxonomy : Taxonomy.values()) {
                seed(taxonomy);
            }
        }
    }

    void seed(Taxonomy taxonomy) {
        int changed = 0;
        for (SeedTerm term : SeedFiles.read(mapper, taxonomy.seedFile(), new TypeReference<List<SeedTerm>>() {
        })) {
            changed += entityManager.createNativeQuery(upsert(taxonomy.table()))
                    .setParameter("code", term.code())
                    .setParameter("position", term.position())
                    .setParameter("nameFr", term.fr().name())
                    .setParameter("nameEn", term.en().name())
                    .setParameter("descriptionFr", term.fr().description())
                    .setParameter("descriptionEn", term.en().description())
                    .executeUpdate();
        }
        LOG.infof("Seeded %s: %d rows inserted or updated", taxonomy.table(), changed);
    }

    private static String upsert(String table) {
        return "INSERT INTO " + table + " AS t (code, position, name_fr, name_en, description_fr, description_en)"
                + " VALUES (:code, :position, :nameFr, :nameEn, :descriptionFr, :descriptionEn)"
                + " ON CONFLICT (code) DO UPDATE SET position = excluded.position, name_fr = excluded.name_fr,"
                + " name_en = excluded.name_en, description_fr = excluded.description_fr,"
                + " description_en = excluded.description_en, version = t.version + 1, updated_at = now(),"
                + " updated_by = 'seed'"
                + " WHERE NOT t.curated AND (t.position, t.name_fr, t.name_en, t.description_fr, t.description_en)"
                + " IS DISTINCT FROM (excluded.position, excluded.name_fr, excluded.name_en,"
                + " excluded.description_fr, excluded.description_en)";
    }
}
