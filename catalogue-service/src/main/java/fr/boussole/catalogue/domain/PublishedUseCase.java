package fr.boussole.catalogue.domain;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.SolutionType;

/** A published use case in every language: what the dump gives integrators, and what is stored on publication. */
@Schema(name = "PublishedUseCase")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedUseCase(
        @Schema(examples = "tri-candidatures") String slug,
        @Schema(examples = "3") long version,
        Instant publishedAt,
        UseCaseTexts fr,
        UseCaseTexts en,
        @Schema(description = "Sector codes; empty for a transversal use case") List<String> sectors,
        @Schema(description = "Business function codes") List<String> functions,
        @Schema(description = "Useful in every sector") boolean transversal,
        List<DataKind> dataKinds,
        List<SolutionType> solutionTypes,
        boolean personalData,
        @Schema(nullable = true) CriticalDomain criticalDomain,
        Prerequisites prerequisites,
        List<SourceRef> sources,
        @Schema(nullable = true, description = "Its EU AI Act category and why; missing on a use case published"
                + " before it was classified") AiActClassification aiAct) {

    public UseCaseTexts texts(fr.boussole.commons.i18n.Language language) {
        return switch (language) {
            case FR -> fr;
            case EN -> en;
        };
    }
}
