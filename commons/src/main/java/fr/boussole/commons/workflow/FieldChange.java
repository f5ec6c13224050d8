package fr.boussole.commons.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field's value before and after a change. */
@Schema(name = "FieldChange")
public record FieldChange(@Schema(nullable = true) Object before, @Schema(nullable = true) Object after) {
}
