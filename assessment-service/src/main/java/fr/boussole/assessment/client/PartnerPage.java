package fr.boussole.assessment.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page of the directory's published partners, as far as recommendations read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerPage(List<Partner> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partner(String slug, String kind, String name, String website) {
    }
}
