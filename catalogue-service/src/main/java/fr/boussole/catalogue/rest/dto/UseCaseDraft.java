package fr.boussole.catalogue.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.catalogue.domain.AiActClassification;
import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.Prerequisites;
import fr.boussole.catalogue.domain.SolutionType;
import fr.boussole.catalogue.domain.SourceRef;

/**
 * A use case as a curator writes it. The slug is given on creation only and never changes. A draft needs a French
 * title; publication needs the rest (see the publish operation).
 */
@Schema(name = "UseCaseDraft")
public record UseCaseDraft(
        @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
        @Schema(description = "Stable id, on creation only", examples = "tri-candidatures") String slug,
        @NotNull @Valid UseCaseTranslations translations,
        @Size(max = 20) @Schema(description = "Sector codes; none for a transversal use case")
        List<@NotBlank @Size(max = 80) String> sectors,
        @Size(max = 10) @Schema(description = "Business function codes")
        List<@NotBlank @Size(max = 80) String> functions,
        @Schema(description = "Useful in every sector") boolean transversal,
        @Size(max = 10) List<@NotNull DataKind> dataKinds,
        @Size(max = 3) List<@NotNull SolutionType> solutionTypes,
        boolean personalData,
        CriticalDomain criticalDomain,
        @NotNull @Valid Prerequisites prerequisites,
        @Size(max = 20) List<@Valid SourceRef> sources,
        @Valid @Schema(nullable = true, description = "Its EU AI Act category and why; needed to publish")
        AiActClassification aiAct) {
}
