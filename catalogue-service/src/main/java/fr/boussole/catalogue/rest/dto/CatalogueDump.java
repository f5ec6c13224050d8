package fr.boussole.catalogue.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.catalogue.domain.PublishedUseCase;

/** The shape of the streamed dump of the published catalogue, in every language. */
@Schema(name = "CatalogueDump")
public record CatalogueDump(
        List<TermExport> sectors,
        List<TermExport> businessFunctions,
        @Schema(description = "Every published use case, by slug") List<PublishedUseCase> useCases) {
}
