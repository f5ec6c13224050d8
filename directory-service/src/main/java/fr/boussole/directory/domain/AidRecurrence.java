package fr.boussole.directory.domain;

import java.util.Arrays;
import java.util.Optional;

/** The data.gouv.fr schema's "récurrence": permanent (no call calendar), one-off, or recurring calls. */
public enum AidRecurrence {
    PERMANENT("Permanente"), ONE_OFF("Ponctuelle"), RECURRING("Récurrente");

    private final String schemaLabel;

    AidRecurrence(String schemaLabel) {
        this.schemaLabel = schemaLabel;
    }

    public String schemaLabel() {
        return schemaLabel;
    }

    public static Optional<AidRecurrence> fromSchemaLabel(String label) {
        return Arrays.stream(values()).filter(value -> value.schemaLabel.equalsIgnoreCase(label.trim())).findFirst();
    }
}
