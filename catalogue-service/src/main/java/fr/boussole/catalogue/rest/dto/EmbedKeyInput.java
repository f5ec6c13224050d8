package fr.boussole.catalogue.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What curators say of a partner site's embed key. */
@Schema(name = "EmbedKeyInput")
public record EmbedKeyInput(
        @NotBlank @Size(max = 120) @Schema(examples = "CCI Paris Île-de-France") String partnerName,
        @NotEmpty @Size(max = 20) @Schema(description = "Origins (scheme://host[:port], lower case) whose pages may"
                + " show the catalogue", examples = "[\"https://www.cci-paris-idf.fr\"]")
        List<@NotNull @Size(max = 200) @Pattern(regexp = ORIGIN, message = "must be an origin: scheme://host[:port]")
        String>
        allowedOrigins,
        @Pattern(regexp = "^#[0-9a-f]{6}$", message = "must be a colour #rrggbb in lower case") @Size(max = 7)
        @Schema(examples = "#0b5394") String brandColour,
        @Size(max = 500) @Pattern(regexp = "^https://\\S+$", message = "must be an https URL")
        @Schema(examples = "https://www.cci-paris-idf.fr/logo.svg") String logoUrl,
        @Size(max = 80) @Schema(description = "Sector the catalogue opens on", examples = "commerce")
        String defaultSector,
        @Size(max = 80) @Schema(description = "Business function the catalogue opens on",
                examples = "marketing-vente") String defaultFunction,
        @Pattern(regexp = "^(fr|en)$") @Size(max = 2) @Schema(description = "fr (default) or en", examples = "fr")
        String defaultLanguage,
        @Schema(description = "false refuses every frame of this key; default true") Boolean active) {

    static final String ORIGIN = "^https?://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$";
}
