package fr.boussole.catalogue.rest.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.catalogue.domain.AiActClassification;
import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.Prerequisites;
import fr.boussole.catalogue.domain.SolutionType;
import fr.boussole.catalogue.domain.SourceRef;
import fr.boussole.commons.workflow.ContentStatus;
import fr.boussole.commons.workflow.CuratedView;

/** The working copy of a use case, as curators see it, with where it stands in the workflow. */
@Schema(name = "CuratedUseCase")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CuratedUseCase(
        @Schema(examples = "tri-candidatures") String slug,
        ContentStatus status,
        @Schema(description = "Incremented by every change; the ETag", examples = "4") long version,
        UseCaseTranslations translations,
        List<String> sectors,
        List<String> functions,
        boolean transversal,
        List<DataKind> dataKinds,
        List<SolutionType> solutionTypes,
        boolean personalData,
        @Schema(nullable = true) CriticalDomain criticalDomain,
        Prerequisites prerequisites,
        List<SourceRef> sources,
        @Schema(nullable = true) AiActClassification aiAct,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        @Schema(description = "Who changed it last; another curator must publish it") String lastEditor,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true) String publishedBy) implements CuratedView {
}
