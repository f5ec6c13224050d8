package fr.boussole.catalogue.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import fr.boussole.catalogue.repository.BusinessFunctionRepository;
import fr.boussole.catalogue.repository.SectorRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The seed is idempotent, repairs drifted rows and never overwrites a curator's wording. */
@QuarkusTest
class TaxonomySeederTest {

    @Inject
    TaxonomySeeder seeder;
    @Inject
    SectorRepository sectors;
    @Inject
    BusinessFunctionRepository functions;
    @Inject
    EntityManager entityManager;

    @Test
    void seedingTwiceChangesNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> sectors.findById("agriculture").version);
        seeder.seed(Taxonomy.SECTOR);
        seeder.seed(Taxonomy.SECTOR);
        assertThat(QuarkusTransaction.requiringNew().call(() -> sectors.findById("agriculture").version))
                .isEqualTo(before);
    }

    @Test
    void aRowThatDriftedFromTheFileIsRestoredWithANewVersion() {
        long before = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("UPDATE sector SET name_en = 'Trade' WHERE code = 'commerce'")
                    .executeUpdate();
            return sectors.findById("commerce").version;
        });
        seeder.seed(Taxonomy.SECTOR);
        QuarkusTransaction.requiringNew().run(() -> {
            var commerce = sectors.findById("commerce");
            assertThat(commerce.nameEn).isEqualTo("Retail and trade");
            assertThat(commerce.version).isEqualTo(before + 1);
            assertThat(commerce.updatedBy).isEqualTo("seed");
        });
    }

    @Test
    @Transactional
    void aCuratedRowKeepsItsWording() {
        entityManager.createNativeQuery("UPDATE business_function SET curated = true, description_en ="
                + " 'Curated wording' WHERE code = 'logistique'").executeUpdate();
        seeder.seed(Taxonomy.BUSINESS_FUNCTION);
        entityManager.clear();
        assertThat(functions.findById("logistique").descriptionEn).isEqualTo("Curated wording");
        entityManager.createNativeQuery("UPDATE business_function SET curated = false WHERE code = 'logistique'")
                .executeUpdate();
        seeder.seed(Taxonomy.BUSINESS_FUNCTION);
        entityManager.clear();
        assertThat(functions.findById("logistique").descriptionEn).startsWith("Managing stock and flows");
    }
}
