package fr.boussole.directory.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.paging.Page;
import fr.boussole.directory.rest.dto.AidEligibility.Status;

/**
 * Every aid judged for one company, a page at a time: eligible first, then partially eligible (fewest unknown
 * facts first), not eligible, expired; with how many aids came out in each status.
 */
@Schema(name = "EligibilityReport")
public record EligibilityReport(
        @Schema(description = "The date the aids were judged on") LocalDate asOf,
        @Schema(description = "Aids per status, whatever the page and the status asked")
        Map<Status, Long> counts,
        List<AidEligibility> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(description = "Aids in the list asked", examples = "7") long total,
        @Schema(examples = "1") long totalPages) {

    public static EligibilityReport of(LocalDate asOf, Map<Status, Long> counts, Page<AidEligibility> page) {
        return new EligibilityReport(asOf, counts, page.items(), page.page(), page.size(), page.total(),
                page.totalPages());
    }
}
