package fr.boussole.directory.client;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/**
 * Checks sector codes and use case slugs against catalogue-service when a partner is written. When the catalogue
 * cannot answer, the write is refused with 503: nothing unchecked is stored.
 */
@ApplicationScoped
public class CatalogueReferences {

    private static final Logger LOG = Logger.getLogger(CatalogueReferences.class);

    private final CatalogueApi catalogue;

    CatalogueReferences(@RestClient CatalogueApi catalogue) {
        this.catalogue = catalogue;
    }

    /** The codes among {@code codes} that are no sector of the catalogue. */
    public List<String> unknownSectors(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        try {
            catalogue.sectors(100).path("items").forEach(sector -> known.add(sector.path("code").asText()));
        } catch (WebApplicationException | ProcessingException failure) {
            throw unavailable(failure);
        }
        return codes.stream().filter(code -> !known.contains(code)).toList();
    }

    /** The slugs among {@code slugs} that are no published use case of the catalogue. */
    public List<String> unknownUseCases(List<String> slugs) {
        return slugs.stream().filter(slug -> !isPublishedUseCase(slug)).toList();
    }

    private boolean isPublishedUseCase(String slug) {
        try {
            return catalogue.useCase(slug).getStatus() == 200;
        } catch (WebApplicationException answer) {
            if (answer.getResponse().getStatus() == 404) {
                return false;
            }
            throw unavailable(answer);
        } catch (ProcessingException unreachable) {
            throw unavailable(unreachable);
        }
    }

    private static ProblemException unavailable(Exception cause) {
        LOG.warnf("catalogue-service could not check references: %s", cause.toString());
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The catalogue cannot be reached to check the"
                + " sectors and use cases; nothing was stored, try again later");
    }
}
