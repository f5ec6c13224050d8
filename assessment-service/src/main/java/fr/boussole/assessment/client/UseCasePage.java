package fr.boussole.assessment.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A page of the catalogue's published use cases, as far as recommendations read it. Like every neighbour's answer
 * here, it ignores what it does not read, so the producer may add fields; {@code NeighbourContractTest} checks each
 * field read against the producer's committed contract.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UseCasePage(List<UseCase> items) {

    /**
     * @param prerequisites the least score per readiness dimension the use case needs
     * @param criticalDomain the AI Act critical domain it falls in, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UseCase(String slug, String title, String summary, boolean personalData, String criticalDomain,
            Map<String, Integer> prerequisites) {
    }
}
