package fr.boussole.catalogue.rest.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.workflow.ContentStatus;

/** A working copy in the curators' list. */
@Schema(name = "CuratedUseCaseSummary")
public record CuratedUseCaseSummary(
        @Schema(examples = "tri-candidatures") String slug,
        ContentStatus status,
        @Schema(examples = "Tri des candidatures") String titleFr,
        @Schema(examples = "4") long version,
        Instant updatedAt,
        String lastEditor) {
}
