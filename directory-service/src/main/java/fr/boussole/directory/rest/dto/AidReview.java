package fr.boussole.directory.rest.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.SourceConfidence;

/** An aid whose source is due to be read again, for curators. */
@Schema(name = "AidReview")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AidReview(
        @Schema(examples = "diagnostic-innovation") String aidId,
        @Schema(examples = "Diagnostic innovation") String name,
        @Schema(nullable = true, description = "Official page to read again") String sourceUrl,
        @Schema(nullable = true, description = "Last check; missing: never checked") LocalDate checkedOn,
        @Schema(nullable = true, description = "Day the last check stopped holding (12 months after it); missing:"
                + " never checked") LocalDate dueSince,
        SourceConfidence confidence,
        @Schema(description = "Version of the aid, for the If-Match of the edit that records the check")
        long version) {
}
