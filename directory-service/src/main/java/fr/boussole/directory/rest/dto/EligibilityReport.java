package fr.boussole.directory.rest.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every published aid judged for one company: eligible first, then partially (fewest unknowns first), not, expired. */
@Schema(name = "EligibilityReport")
public record EligibilityReport(LocalDate asOf, List<AidEligibility> aids) {
}
