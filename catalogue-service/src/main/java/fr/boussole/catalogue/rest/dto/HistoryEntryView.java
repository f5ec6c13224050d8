package fr.boussole.catalogue.rest.dto;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.catalogue.repository.UseCaseHistoryEntry;

/** One change to a use case: who, when, the version it produced, and each field's value before and after. */
@Schema(name = "HistoryEntry")
public record HistoryEntryView(
        @Schema(examples = "4") long version,
        UseCaseHistoryEntry.Action action,
        @Schema(examples = "curator.alice") String actor,
        Instant at,
        @Schema(description = "By field path, e.g. translations.fr.title") Map<String, FieldChange> changes) {

    /** A field's value before and after. */
    @Schema(name = "FieldChange")
    public record FieldChange(Object before, Object after) {
    }
}
