package fr.boussole.assessment.rest.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.validation.Siren;

/**
 * What starting an assessment needs. An anonymous person may give nothing; a company user's SIREN is its token's;
 * an advisor names the company and its département, which must be in its CCI's territory.
 */
@Schema(name = "NewAssessment")
public record NewAssessmentInput(
        @Siren @Size(max = 9)
        @Schema(description = "The company's SIREN: required from advisors; a company user's is its own",
                examples = "901122333") String siren,
        @Size(max = 200) @Schema(examples = "Boulangerie Martin") String companyName,
        @Pattern(regexp = "^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6])$") @Size(max = 3)
        @Schema(description = "INSEE département of the company: required from advisors, it becomes the answer to"
                + " the question departement", examples = "69") String departement) {
}
