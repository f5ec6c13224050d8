package fr.boussole.catalogue.rest.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.Prerequisites;
import fr.boussole.catalogue.domain.SolutionType;

/** A published use case in a list, in the caller's language. */
@Schema(name = "UseCaseSummary")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UseCaseSummary(
        @Schema(examples = "tri-candidatures") String slug,
        @Schema(examples = "Tri des candidatures") String title,
        String summary,
        List<String> sectors,
        List<String> functions,
        boolean transversal,
        List<DataKind> dataKinds,
        List<SolutionType> solutionTypes,
        boolean personalData,
        @Schema(nullable = true) CriticalDomain criticalDomain,
        @Schema(description = "Least score per readiness dimension a company needs to start it"
                + " well") Prerequisites prerequisites,
        @Schema(nullable = true, description = "Its EU AI Act category for an SME that uses it, why, and the duties"
                + " that follow with their dates; missing while not classified") UseCaseAiAct aiAct) {
}
