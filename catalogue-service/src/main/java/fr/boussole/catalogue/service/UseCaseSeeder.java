package fr.boussole.catalogue.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.mapping.UseCaseMapper;
import fr.boussole.catalogue.repository.CriticalDomain;
import fr.boussole.catalogue.repository.DataKind;
import fr.boussole.catalogue.repository.SolutionType;
import fr.boussole.catalogue.repository.UseCase;
import fr.boussole.catalogue.repository.UseCasePublications;
import fr.boussole.catalogue.repository.UseCaseRepository;
import fr.boussole.catalogue.repository.UseCaseStatus;
import fr.boussole.catalogue.rest.dto.Prerequisites;
import fr.boussole.catalogue.rest.dto.SourceRef;
import fr.boussole.catalogue.rest.dto.UseCaseTexts;
import fr.boussole.commons.config.SeedConfig;
import fr.boussole.commons.config.SeedFiles;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the guide's use cases from {@code seed/use-cases.json} at startup. Idempotent and safe with several
 * replicas starting at once (they queue on an advisory lock): a missing use case is created and published; one
 * whose entry in the file changed is updated and published again, unless a curator has edited it through the API.
 */
@ApplicationScoped
@Transactional
public class UseCaseSeeder {

    private static final Logger LOG = Logger.getLogger(UseCaseSeeder.class);
    static final String SEED_FILE = "seed/use-cases.json";

    /** One use case as written in the seed file. */
    record SeedUseCase(String slug, List<String> functions, List<String> sectors, boolean transversal,
            List<DataKind> dataKinds, List<SolutionType> solutionTypes, boolean personalData,
            CriticalDomain criticalDomain, Prerequisites prerequisites, UseCaseTexts fr, UseCaseTexts en,
            List<SourceRef> sources) {
    }

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
        for (SeedUseCase seed : SeedFiles.read(mapper, SEED_FILE, new TypeReference<List<SeedUseCase>>() {
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
            boolean changed = apply(seed, useCase);
            if (!isNew && !changed && useCase.status == UseCaseStatus.PUBLISHED
                    && publications.document(seed.slug()).isPresent()) {
                continue;
            }
            Instant now = Instant.now();
            useCase.status = UseCaseStatus.PUBLISHED;
            useCase.updatedAt = now;
            useCase.lastEditor = "seed";
            useCase.publishedAt = now;
            useCase.publishedBy = "seed";
            if (isNew) {
                useCases.persist(useCase);
            }
            useCases.flush();
            publications.publish(useCase.slug, json(UseCaseMapper.document(useCase, now)), now);
            published++;
        }
        LOG.infof("Seeded use cases: %d published or published again", published);
    }

    /** @return whether the working copy changed */
    private static boolean apply(SeedUseCase seed, UseCase useCase) {
        String before = fingerprint(useCase);
        useCase.titleFr = seed.fr().title();
        useCase.titleEn = seed.en().title();
        useCase.summaryFr = seed.fr().summary();
        useCase.summaryEn = seed.en().summary();
        useCase.bodyFr = seed.fr().body();
        useCase.bodyEn = seed.en().body();
        useCase.benefitsFr = List.copyOf(seed.fr().benefits());
        useCase.benefitsEn = List.copyOf(seed.en().benefits());
        useCase.criticalRationaleFr = seed.fr().criticalRationale();
        useCase.criticalRationaleEn = seed.en().criticalRationale();
        useCase.sectors = List.copyOf(seed.sectors());
        useCase.functions = List.copyOf(seed.functions());
        useCase.transversal = seed.transversal();
        useCase.dataKinds = List.copyOf(seed.dataKinds());
        useCase.solutionTypes = List.copyOf(seed.solutionTypes());
        useCase.personalData = seed.personalData();
        useCase.criticalDomain = seed.criticalDomain();
        useCase.prerequisiteData = seed.prerequisites().data();
        useCase.prerequisiteSkills = seed.prerequisites().skills();
        useCase.prerequisiteFunding = seed.prerequisites().funding();
        useCase.prerequisiteStrategy = seed.prerequisites().strategy();
        useCase.prerequisiteEthics = seed.prerequisites().ethics();
        useCase.sources = seed.sources().stream().map(source -> new UseCase.Source(source.title(), source.url()))
                .toList();
        return !before.equals(fingerprint(useCase));
    }

    private static String fingerprint(UseCase useCase) {
        return String.valueOf(UseCaseMapper.document(useCase, Instant.EPOCH));
    }

    private String json(Object document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A use case could not be serialised", e);
        }
    }
}
