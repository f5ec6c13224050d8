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
        @Schema(required = true, examples = "tri-candidatures") String slug,
        @Schema(examples = "Tri des candidatures") String title,
        String summary,
        String body,
        List<String> benefits,
        @Schema(required = true, description = "Sector codes; empty for a transversal use case") List<String> sectors,
        @Schema(required = true, description = "Business function codes") List<String> functions,
        @Schema(required = true, description = "Useful in every sector") boolean transversal,
        @Schema(required = true) List<DataKind> dataKinds,
        @Schema(required = true) List<SolutionTypeView> solutionTypes,
        @Schema(required = true, description = "Whether it processes personal data (GDPR)") boolean personalData,
        CriticalDomain criticalDomain,
        @Schema(description = "Why its domain is critical") String criticalRationale,
        @Schema(required = true) Prerequisites prerequisites,
        @Schema(required = true) List<SourceRef> sources,
        @Schema(required = true, examples = "3") long version,
        @Schema(required = true) Instant publishedAt) {
}
