package fr.boussole.directory.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.validation.Siren;
import fr.boussole.directory.domain.LocalizedText;
import fr.boussole.directory.domain.MonthRange;
import fr.boussole.directory.domain.PartnerContact;
import fr.boussole.directory.domain.PartnerOffer;

/** A partner as curators write it. Codes refer to the INSEE geography and to the catalogue. */
@Schema(name = "PartnerDraft")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerDraft(
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lowercase words joined by hyphens")
        @Size(max = 80) @Schema(description = "Stable identifier; given at creation, never changed",
                examples = "datavue-conseil") String slug,
        @NotBlank @Size(max = 60) @Schema(description = "Partner kind code", examples = "ai-consulting-firm")
        String kind,
        @NotBlank @Size(max = 200) @Schema(examples = "DataVue Conseil") String name,
        @Valid LocalizedText description,
        @Siren @Size(max = 9) @Schema(examples = "901122333") String siren,
        @Size(max = 18) @Schema(description = "INSEE region codes served") List<@NotNull @Size(max = 2) @Pattern(
                regexp = "^\\d{2}$", message = "must be an INSEE region code of two digits") String> regions,
        @Size(max = 101) @Schema(description = "INSEE département codes served") List<@NotNull @Size(max = 3) @Pattern(
                regexp = "^(\\d{2}|2[AB]|97\\d)$", message = "must be an INSEE département code") String> departements,
        @Size(max = 20) @Schema(description = "Catalogue sector codes") List<@NotBlank @Size(max = 80) String> sectors,
        @Size(max = 100) @Schema(description = "Catalogue use case slugs")
        List<@NotBlank @Size(max = 80) String> useCases,
        @Size(max = 10) List<@NotNull PartnerOffer> offers,
        @Valid @Schema(description = "Typical time to a first test") MonthRange firstTest,
        @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL") @Size(max = 300)
        @Schema(examples = "https://datavue.example.org") String website,
        @Valid PartnerContact contact,
        @Schema(description = "Checked by the CCI") boolean verified) {

    /** What is left out is none: an absent list is empty. */
    public PartnerDraft {
        regions = regions == null ? List.of() : regions;
        departements = departements == null ? List.of() : departements;
        sectors = sectors == null ? List.of() : sectors;
        useCases = useCases == null ? List.of() : useCases;
        offers = offers == null ? List.of() : offers;
    }
}
