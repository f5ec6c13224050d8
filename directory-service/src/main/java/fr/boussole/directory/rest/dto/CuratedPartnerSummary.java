package fr.boussole.directory.rest.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.workflow.ContentStatus;

/** A partner in the curators' list. */
@Schema(name = "CuratedPartnerSummary")
public record CuratedPartnerSummary(String slug, String name, String kind, ContentStatus status, long version,
        Instant updatedAt, String lastEditor) {
}
