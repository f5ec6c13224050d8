package fr.boussole.catalogue.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.catalogue.domain.SolutionType;

/** A kind of solution that fits a use case, with the guide's typical time to a first test. */
@Schema(name = "SolutionTypeFit")
public record SolutionTypeView(
        SolutionType type,
        @Schema(examples = "1") int firstTestMinMonths,
        @Schema(examples = "3") int firstTestMaxMonths) {

    public static SolutionTypeView of(SolutionType type) {
        return new SolutionTypeView(type, type.firstTestMinMonths(), type.firstTestMaxMonths());
    }
}
