package fr.boussole.directory.service.partner;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.config.SeedConfig;
import fr.boussole.commons.config.SeedFiles;
import fr.boussole.directory.mapping.PartnerMapper;
import fr.boussole.directory.repository.Partner;
import fr.boussole.directory.rest.dto.PartnerDraft;
import fr.boussole.directory.service.PostgresArrays;
import fr.boussole.directory.service.SqlColumns;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo partners and the public bodies of the guide from {@code seed/partners.json}, published, at
 * startup (after the partner kinds they refer to). Idempotent and safe with several replicas starting at once;
 * a partner a curator has edited through the API is left alone.
 */
@ApplicationScoped
@Transactional
public class PartnerSeeder {

    private static final Logger LOG = Logger.getLogger(PartnerSeeder.class);
    static final String SEED_FILE = "seed/partners.json";

    private static final String COLUMNS = "kind, name, description_fr, description_en, siren, regions, departements,"
            + " sectors, use_cases, offers, first_test_min_months, first_test_max_months, website, contact_name,"
            + " contact_email, contact_phone, verified";

    private static final String UPSERT = "INSERT INTO partner AS p (slug, status, " + COLUMNS + ", published, version,"
            + " published_at, published_by)"
            + " VALUES (:slug, 'PUBLISHED', :kind, :name, :descriptionFr, :descriptionEn, :siren,"
            + " CAST(:regions AS text[]), CAST(:departements AS text[]), CAST(:sectors AS text[]),"
            + " CAST(:useCases AS text[]), CAST(:offers AS text[]), :minMonths, :maxMonths, :website, :contactName,"
            + " :contactEmail, :contactPhone, :verified, CAST(:published AS jsonb), 1, now(), 'seed')"
            + " ON CONFLICT (slug) DO UPDATE SET (" + COLUMNS + ") = (" + SqlColumns.prefixed("excluded.", COLUMNS)
            + "), status = 'PUBLISHED', version = p.version + 1, updated_at = now(), last_editor = 'seed',"
            + " published = jsonb_set(excluded.published, '{version}', to_jsonb(p.version + 1)),"
            + " published_at = now(), published_by = 'seed'"
            + " WHERE NOT p.curated AND (" + SqlColumns.prefixed("p.", COLUMNS) + ") IS DISTINCT FROM ("
            + SqlColumns.prefixed("excluded.", COLUMNS) + ")";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final SeedConfig config;

    PartnerSeeder(EntityManager entityManager, ObjectMapper mapper, SeedConfig config) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.config = config;
    }

    void onStart(@Observes @Priority(PartnerKindSeeder.PRIORITY + 1) StartupEvent event) {
        if (config.enabled()) {
            seed();
        }
    }

    void seed() {
        Instant now = Instant.now();
        int changed = 0;
        for (PartnerDraft draft : SeedFiles.read(mapper, SEED_FILE, new TypeReference<List<PartnerDraft>>() {
        })) {
            Partner partner = new Partner();
            partner.slug = draft.slug();
            partner.version = 1;
            PartnerMapper.apply(draft, partner);
            changed += entityManager.createNativeQuery(UPSERT)
                    .setParameter("slug", partner.slug)
                    .setParameter("kind", partner.kind)
                    .setParameter("name", partner.name)
                    .setParameter("descriptionFr", partner.descriptionFr)
                    .setParameter("descriptionEn", partner.descriptionEn)
                    .setParameter("siren", partner.siren)
                    .setParameter("regions", PostgresArrays.literal(partner.regions))
                    .setParameter("departements", PostgresArrays.literal(partner.departements))
                    .setParameter("sectors", PostgresArrays.literal(partner.sectors))
                    .setParameter("useCases", PostgresArrays.literal(partner.useCases))
                    .setParameter("offers", PostgresArrays.literal(partner.offers))
                    .setParameter("minMonths", partner.firstTestMinMonths)
                    .setParameter("maxMonths", partner.firstTestMaxMonths)
                    .setParameter("website", partner.website)
                    .setParameter("contactName", partner.contactName)
                    .setParameter("contactEmail", partner.contactEmail)
                    .setParameter("contactPhone", partner.contactPhone)
                    .setParameter("verified", partner.verified)
                    .setParameter("published", json(PartnerMapper.document(partner, now)))
                    .executeUpdate();
        }
        LOG.infof("Partners seeded from %s: %d inserted or updated", SEED_FILE, changed);
    }

    private String json(Object document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable partner in " + SEED_FILE, e);
        }
    }
}
