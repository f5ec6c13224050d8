package fr.boussole.assessment.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the log of who read or exported a company's or a person's data, as the API shows it. */
@Schema(name = "AccessLogEntry")
public record AccessLogEntry(Instant at, String actor, @Schema(nullable = true) String actorRole,
        @Schema(nullable = true) String actorCci, String action, @Schema(nullable = true) String siren,
        @Schema(nullable = true) String person, @Schema(nullable = true) UUID assessmentId,
        @Schema(nullable = true) String detail) {
}
