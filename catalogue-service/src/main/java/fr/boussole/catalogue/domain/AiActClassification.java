package fr.boussole.catalogue.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A curator's classification of a use case under the EU AI Act, as an SME would deploy it: its category, why, and
 * the day it was checked against the regulation. The duties that follow, with their dates, come from the
 * guidance's calendar.
 */
@Schema(name = "AiActClassification")
public record AiActClassification(
        @NotNull @Schema(examples = "HIGH_RISK") AiActCategory category,
        @NotBlank @Size(max = 2000) @Schema(description = "Why, in French",
                examples = "Le tri de candidatures relève de l'annexe III, point 4 (emploi).") String reasoningFr,
        @Size(max = 2000) @Schema(description = "Why, in English; needed to publish",
                examples = "Screening job applications falls under Annex III, point 4 (employment).")
        String reasoningEn,
        @PastOrPresent @Schema(nullable = true, description = "The day it was checked against the regulation;"
                + " today when left out", examples = "2026-12-06") LocalDate checkedOn) {
}
