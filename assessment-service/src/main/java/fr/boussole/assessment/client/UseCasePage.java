package fr.boussole.assessment.client;

import java.time.LocalDate;
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
     * @param sectors the sectors it is specific to, none when transversal
     * @param dataKinds the kinds of data it runs on (TABULAR, TEXT, IMAGES…)
     * @param aiAct its AI Act category and the duties of a company using it, or null while not classified
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UseCase(String slug, String title, String summary, boolean personalData, String criticalDomain,
            Map<String, Integer> prerequisites, List<String> sectors, List<String> functions, boolean transversal,
            List<String> dataKinds, AiAct aiAct) {

        /** What the catalogue leaves out is none. */
        public UseCase {
            sectors = sectors == null ? List.of() : sectors;
            functions = functions == null ? List.of() : functions;
            dataKinds = dataKinds == null ? List.of() : dataKinds;
        }
    }

    /** A use case's AI Act category for the SME that uses it, why, and its duties with their dates. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AiAct(String category, String reasoning, List<Duty> duties, String serviceDeskUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Duty(String code, String title, LocalDate appliesFrom) {
    }
}
