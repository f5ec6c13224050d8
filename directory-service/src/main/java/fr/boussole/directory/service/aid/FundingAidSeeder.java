package fr.boussole.directory.service.aid;

import java.util.List;

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
import fr.boussole.directory.rest.dto.AidDraft;
import fr.boussole.directory.service.PostgresArrays;
import fr.boussole.directory.service.SqlColumns;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the guide's funding aids from {@code seed/funding-aids.json} at startup. Idempotent and safe with several
 * replicas starting at once: missing aids are inserted, aids that changed in the file are updated unless a curator
 * has edited them through the API since.
 */
@ApplicationScoped
@Transactional
public class FundingAidSeeder {

    private static final Logger LOG = Logger.getLogger(FundingAidSeeder.class);
    static final String SEED_FILE = "seed/funding-aids.json";

    private static final String COLUMNS = "name_fr, name_en, description_fr, description_en, conditions_fr,"
            + " conditions_en, carriers, carrier_sirens, aid_types, beneficiaries, recurrence, regions, departements,"
            + " opens_on, closes_on, rules, rate_percent, max_amount_eur, earlier_terms, source_url, procedure_url,"
            + " contact, checked_on, confidence, position";

    private static final String UPSERT = "INSERT INTO funding_aid AS a (id, " + COLUMNS + ")"
            + " VALUES (:id, :nameFr, :nameEn, :descriptionFr, :descriptionEn, :conditionsFr, :conditionsEn,"
            + " CAST(:carriers AS text[]), CAST(:carrierSirens AS text[]), CAST(:aidTypes AS text[]),"
            + " CAST(:beneficiaries AS text[]), :recurrence, CAST(:regions AS text[]), CAST(:departements AS text[]),"
            + " CAST(:opensOn AS date), CAST(:closesOn AS date), CAST(:rules AS jsonb), CAST(:ratePercent AS integer),"
            + " CAST(:maxAmountEur AS bigint), CAST(:earlierTerms AS jsonb), :sourceUrl, :procedureUrl, :contact,"
            + " CAST(:checkedOn AS date), :confidence, :position)"
            + " ON CONFLICT (id) DO UPDATE SET (" + COLUMNS + ", version, updated_at, updated_by) = ("
            + excluded(COLUMNS) + ", a.version + 1, now(), 'seed')"
            + " WHERE NOT a.curated AND (" + SqlColumns.prefixed("a.", COLUMNS) + ") IS DISTINCT FROM (" + excluded(COLUMNS) + ")";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final SeedConfig config;

    FundingAidSeeder(EntityManager entityManager, ObjectMapper mapper, SeedConfig config) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            seed();
        }
    }

    void seed() {
        int changed = 0;
        for (AidDraft aid : SeedFiles.read(mapper, SEED_FILE, new TypeReference<List<AidDraft>>() {
        })) {
            changed += entityManager.createNativeQuery(UPSERT)
                    .setParameter("id", aid.id())
                    .setParameter("nameFr", aid.fr().name())
                    .setParameter("nameEn", aid.en().name())
                    .setParameter("descriptionFr", aid.fr().description())
                    .setParameter("descriptionEn", aid.en().description())
                    .setParameter("conditionsFr", aid.fr().conditions())
                    .setParameter("conditionsEn", aid.en().conditions())
                    .setParameter("carriers", PostgresArrays.literal(aid.carriers()))
                    .setParameter("carrierSirens", PostgresArrays.literal(aid.carrierSirens()))
                    .setParameter("aidTypes", PostgresArrays.literal(aid.aidTypes()))
                    .setParameter("beneficiaries", PostgresArrays.literal(aid.beneficiaries()))
                    .setParameter("recurrence", aid.recurrence().name())
                    .setParameter("regions", PostgresArrays.literal(aid.regions()))
                    .setParameter("departements", PostgresArrays.literal(aid.departements()))
                    .setParameter("opensOn", aid.opensOn() == null ? null : aid.opensOn().toString())
                    .setParameter("closesOn", aid.closesOn() == null ? null : aid.closesOn().toString())
                    .setParameter("rules", json(aid.rules()))
                    .setParameter("ratePercent", aid.ratePercent())
                    .setParameter("maxAmountEur", aid.maxAmountEur())
                    .setParameter("earlierTerms", json(aid.earlierTerms()))
                    .setParameter("checkedOn", aid.checkedOn() == null ? null : aid.checkedOn().toString())
                    .setParameter("confidence", aid.confidence().name())
                    .setParameter("sourceUrl", aid.sourceUrl())
                    .setParameter("procedureUrl", aid.procedureUrl())
                    .setParameter("contact", aid.contact())
                    .setParameter("position", aid.position())
                    .executeUpdate();
        }
        LOG.infof("Funding aids seeded from %s: %d inserted or updated", SEED_FILE, changed);
    }

    private String json(Object rulesOrTerms) {
        try {
            return mapper.writeValueAsString(rulesOrTerms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable rules in " + SEED_FILE, e);
        }
    }

    private static String excluded(String columns) {
        return SqlColumns.prefixed("excluded.", columns);
    }
}
