package fr.boussole.catalogue.rest.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.Prerequisites;
import fr.boussole.catalogue.domain.SourceRef;

/** A published use case in the caller's language. */
@Schema(name = "UseCase")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UseCaseView(
        @Schema(examples = "tri-candidatures") String slug,
        @Schema(examples = "Tri des candidatures") String title,
        String summary,
        String body,
        List<String> benefits,
        @Schema(description = "Sector codes; empty for a transversal use case") List<String> sectors,
        @Schema(description = "Business function codes") List<String> functions,
        @Schema(description = "Useful in every sector") boolean transversal,
        List<DataKind> dataKinds,
        List<SolutionTypeView> solutionTypes,
        @Schema(description = "Whether it processes personal data (GDPR)") boolean personalData,
        @Schema(nullable = true) CriticalDomain criticalDomain,
        @Schema(nullable = true, description = "Why its domain is critical") String criticalRationale,
        Prerequisites prerequisites,
        List<SourceRef> sources,
        @Schema(nullable = true, description = "Its EU AI Act category for an SME that uses it, why, and the duties"
                + " that follow with their dates; missing while not classified") UseCaseAiAct aiAct,
        @Schema(examples = "3") long version,
        Instant publishedAt) {
}
