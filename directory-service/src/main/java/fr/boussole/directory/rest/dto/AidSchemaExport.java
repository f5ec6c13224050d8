package fr.boussole.directory.rest.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/** Every aid in the data.gouv.fr schema: a JSON array, or CSV through {@code AidSchemaCsvWriter}. */
public record AidSchemaExport(@JsonValue List<AidSchemaRecord> aids) {
}
