package fr.boussole.catalogue.rest.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner site's embed key, with the tag to paste into its pages. */
@Schema(name = "EmbedKey")
public record EmbedKeyView(
        @Schema(examples = "pk_3k9x2m7q8w1e5r6t4y0u2i9o") String key,
        String partnerName,
        List<String> allowedOrigins,
        @Schema(nullable = true) String brandColour,
        @Schema(nullable = true) String logoUrl,
        @Schema(nullable = true) String defaultSector,
        @Schema(nullable = true) String defaultFunction,
        String defaultLanguage,
        boolean active,
        @Schema(description = "The script tag a partner page includes where the catalogue should appear")
        String snippet,
        @Schema(description = "What the ETag names; If-Match of a change must carry it") long version,
        Instant createdAt,
        @Schema(examples = "curator.alice") String createdBy,
        Instant updatedAt) {
}
