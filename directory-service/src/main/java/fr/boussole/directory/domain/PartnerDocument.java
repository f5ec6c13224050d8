package fr.boussole.directory.domain;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.boussole.directory.domain.PartnerOffer;

/** A published partner in every language, contact included: what is stored on publication. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerDocument(String slug, long version, Instant publishedAt, String kind, String name,
        LocalizedText description, String siren, List<String> regions, List<String> departements,
        List<String> sectors, List<String> useCases, List<PartnerOffer> offers, MonthRange firstTest, String website,
        PartnerContact contact, boolean verified) {
}
