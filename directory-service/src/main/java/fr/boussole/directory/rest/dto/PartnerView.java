package fr.boussole.directory.rest.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.MonthRange;
import fr.boussole.directory.domain.PartnerContact;
import fr.boussole.directory.domain.PartnerOffer;

/** A published partner in the language of the request; the contact only for curators and admins. */
@Schema(name = "Partner")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerView(
        @Schema(examples = "datavue-conseil") String slug,
        @Schema(examples = "ai-consulting-firm") String kind,
        @Schema(examples = "DataVue Conseil") String name,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, examples = "901122333") String siren,
        List<String> regions,
        List<String> departements,
        List<String> sectors,
        List<String> useCases,
        List<PartnerOffer> offers,
        @Schema(nullable = true) MonthRange firstTest,
        @Schema(nullable = true) String website,
        @Schema(nullable = true, description = "Curators and admins only") PartnerContact contact,
        boolean verified,
        @Schema(examples = "3") long version,
        Instant publishedAt) {
}
