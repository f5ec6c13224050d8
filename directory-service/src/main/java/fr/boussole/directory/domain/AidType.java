package fr.boussole.directory.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What form an aid takes. The data.gouv.fr schema's labels are kept for import and export; a tax credit has no
 * label of its own there and goes out as "Autre".
 */
public enum AidType {
    SUBSIDY("Subvention"),
    LOAN("Prêt"),
    REPAYABLE_ADVANCE("Avance récupérable"),
    TAX_CREDIT("Autre"),
    TECHNICAL_SUPPORT("Technique"),
    OTHER("Autre");

    private final String schemaLabel;

    AidType(String schemaLabel) {
        this.schemaLabel = schemaLabel;
    }

    public String schemaLabel() {
        return schemaLabel;
    }

    /** The type a schema label stands for; "Autre" is {@link #OTHER} (a tax credit cannot be told from it). */
    public static Optional<AidType> fromSchemaLabel(String label) {
        return Arrays.stream(values()).filter(type -> type != TAX_CREDIT)
                .filter(type -> type.schemaLabel.equalsIgnoreCase(label.trim())).findFirst();
    }
}
