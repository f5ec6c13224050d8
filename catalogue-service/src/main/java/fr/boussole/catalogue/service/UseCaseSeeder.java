package fr.boussole.catalogue.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.mapping.UseCaseMapper;
import fr.boussole.catalogue.repository.UseCase;
import fr.boussole.catalogue.repository.UseCasePublications;
import fr.boussole.catalogue.repository.UseCaseRepository;
import fr.boussole.commons.workflow.ContentStatus;
import fr.boussole.catalogue.rest.dto.UseCaseDraft;
import fr.boussole.commons.config.SeedConfig;
import fr.boussole.commons.config.SeedFiles;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the guide's use cases from {@code seed/use-cases.json} (drafts as curators write them) at startup. Idempotent and safe with several
 * replicas starting at once (they queue on an advisory lock): a missing use case is created and published; one
 * whose entry in the file changed is updated and published again, unless a curator has edited it through the API.
 */
@ApplicationScoped
@Transactional
public class UseCaseSeeder {

    private static final Logger LOG = Logger.getLogger(UseCaseSeeder.class);
    static final String SEED_FILE = "seed/use-cases.json";

    private final UseCaseRepository useCases;
    private final UseCasePublications publications;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final SeedConfig config;

    UseCaseSeeder(UseCaseRepository useCases, UseCasePublications publications, EntityManager entityManager,
            ObjectMapper mapper, SeedConfig config) {
        this.useCases = useCases;
        this.publications = publications;
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
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('use-case-seed'))").getSingleResult();
        int published = 0;
        for (UseCaseDraft seed : SeedFiles.read(mapper, SEED_FILE, new TypeReference<List<UseCaseDraft>>() {
        })) {
            UseCase useCase = useCases.findByIdOptional(seed.slug()).orElse(null);
            boolean isNew = useCase == null;
            if (isNew) {
                useCase = new UseCase();
                useCase.slug = seed.slug();
                useCase.createdAt = Instant.now();
                useCase.createdBy = "seed";
            } else if (useCase.curated) {
                continue;
            }
            UseCaseDraft before = isNew ? null : UseCaseMapper.content(useCase);
            UseCaseMapper.apply(seed, useCase);
            boolean changed = !UseCaseMapper.content(useCase).equals(before);
            if (!isNew && !changed && useCase.status == ContentStatus.PUBLISHED
                    && publications.document(seed.slug()).isPresent()) {
                continue;
            }
            Instant now = Instant.now();
            useCase.status = ContentStatus.PUBLISHED;
            useCase.updatedAt = now;
            useCase.lastEditor = "seed";
            useCase.publishedAt = now;
            useCase.publishedBy = "seed";
            if (isNew) {
                useCases.persist(useCase);
            }
            useCases.flush();
            publications.publish(UseCaseMapper.document(useCase, now));
            published++;
        }
        LOG.infof("Seeded use cases: %d published or published again", published);
    }
}
