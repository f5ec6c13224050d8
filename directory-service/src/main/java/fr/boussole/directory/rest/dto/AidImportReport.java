package fr.boussole.directory.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did with each aid it received, by id. */
@Schema(name = "AidImportReport")
public record AidImportReport(
        @Schema(examples = "3") int received,
        @Schema(description = "New aids") List<String> created,
        @Schema(description = "Aids whose content changed") List<String> updated,
        @Schema(description = "Aids already as received, left as they were") List<String> unchanged) {
}
