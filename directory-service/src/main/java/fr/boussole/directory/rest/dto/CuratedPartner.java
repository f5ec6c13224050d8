package fr.boussole.directory.rest.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.workflow.ContentStatus;
import fr.boussole.commons.workflow.CuratedView;

/** The working copy of a partner, as curators see it, with where it stands in the workflow. */
@Schema(name = "CuratedPartner")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CuratedPartner(
        ContentStatus status,
        @Schema(description = "Incremented by every change; the ETag", examples = "4") long version,
        PartnerDraft content,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        @Schema(description = "Who changed it last; another curator must publish it") String lastEditor,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true) String publishedBy) implements CuratedView {
}
