package fr.boussole.assessment.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.assessment.domain.FollowUp;
import fr.boussole.assessment.scoring.ReadinessLevel;

/** The small bodies of the company's consent and of the advisors' workspace. */
public final class WorkspaceInputs {

    private WorkspaceInputs() {
    }

    @Schema(name = "SharingInput")
    public record SharingInput(@NotBlank @Size(max = 60) @Schema(examples = "cci-paris-idf") String cci) {
    }

    @Schema(name = "LevelOverrideInput")
    public record LevelOverrideInput(
            @NotNull ReadinessLevel level,
            @NotBlank @Size(min = 20, max = 2000) @Schema(description = "Why, for the company and other advisors",
                    examples = "Le dirigeant a nommé une cheffe de projet depuis l'entretien.") String justification) {
    }

    @Schema(name = "NoteInput")
    public record NoteInput(@NotBlank @Size(max = 4000) @Schema(examples = "Rappeler après le salon.") String body) {
    }

    @Schema(name = "FollowUpInput")
    public record FollowUpInput(@NotNull FollowUp status) {
    }
}
