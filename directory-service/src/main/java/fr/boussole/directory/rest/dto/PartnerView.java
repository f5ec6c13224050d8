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
        @Schema(required = true, examples = "datavue-conseil") String slug,
        @Schema(required = true, examples = "ai-consulting-firm") String kind,
        @Schema(required = true, examples = "DataVue Conseil") String name,
        String description,
        @Schema(examples = "901122333") String siren,
        List<String> regions,
        List<String> departements,
        List<String> sectors,
        List<String> useCases,
        List<PartnerOffer> offers,
        MonthRange firstTest,
        String website,
        @Schema(description = "Curators and admins only") PartnerContact contact,
        @Schema(required = true) boolean verified,
        @Schema(required = true, examples = "3") long version,
        Instant publishedAt) {
}
