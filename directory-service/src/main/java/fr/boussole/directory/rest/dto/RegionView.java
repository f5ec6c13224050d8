package fr.boussole.directory.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A French region and its départements, by official INSEE code. */
@Schema(name = "Region")
public record RegionView(@Schema(examples = "11") String code, @Schema(examples = "Île-de-France") String name,
        List<Departement> departements) {

    @Schema(name = "Departement")
    public record Departement(@Schema(examples = "75") String code, @Schema(examples = "Paris") String name) {
    }
}
