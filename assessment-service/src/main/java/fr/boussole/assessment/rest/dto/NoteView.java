package fr.boussole.assessment.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An advisor's private note, shown to the advisors of its CCI only. */
@Schema(name = "Note")
public record NoteView(UUID id, @Schema(examples = "advisor.lyon") String author, String body, Instant createdAt) {
}
