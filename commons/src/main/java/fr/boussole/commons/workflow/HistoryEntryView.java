package fr.boussole.commons.workflow;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change to curated content: who, when, the version it produced, and each field's value before and after. */
@Schema(name = "HistoryEntry")
public record HistoryEntryView(
        @Schema(examples = "4") long version,
        CurationAction action,
        @Schema(examples = "curator.alice") String actor,
        Instant at,
        @Schema(description = "By field path, e.g. translations.fr.title") Map<String, FieldChange> changes) {
}
