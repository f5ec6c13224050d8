package fr.boussole.directory.rest.dto;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An aid in the data.gouv.fr "dispositif d'aide" exchange schema (etalab/schema-dispositif-aide): its French
 * field names, lists as comma-separated values without spaces, dates as YYYY-MM-DD.
 */
@Schema(name = "AidSchemaRecord", description = "One aid in the data.gouv.fr dispositif-aide schema")
@JsonPropertyOrder({ "id_aide", "nom_aide", "nom_aide_normalise", "porteur_aide", "porteur_siren",
        "beneficiaires_aide", "types_aides", "description", "thematique_aide", "recurrence_aide", "date_ouverture",
        "date_cloture", "condition_eligibilite", "zone_geographique", "url_descriptif", "url_demarche", "contact",
        "date_mise_a_jour" })
public record AidSchemaRecord(
        @JsonProperty("id_aide") String idAide,
        @JsonProperty("nom_aide") String nomAide,
        @JsonProperty("nom_aide_normalise") String nomAideNormalise,
        @JsonProperty("porteur_aide") String porteurAide,
        @JsonProperty("porteur_siren") String porteurSiren,
        @JsonProperty("beneficiaires_aide") String beneficiairesAide,
        @JsonProperty("types_aides") String typesAides,
        @JsonProperty("description") String description,
        @JsonProperty("thematique_aide") String thematiqueAide,
        @JsonProperty("recurrence_aide") String recurrenceAide,
        @JsonProperty("date_ouverture") LocalDate dateOuverture,
        @JsonProperty("date_cloture") LocalDate dateCloture,
        @JsonProperty("condition_eligibilite") String conditionEligibilite,
        @JsonProperty("zone_geographique") String zoneGeographique,
        @JsonProperty("url_descriptif") String urlDescriptif,
        @JsonProperty("url_demarche") String urlDemarche,
        @JsonProperty("contact") String contact,
        @JsonProperty("date_mise_a_jour") LocalDate dateMiseAJour) {

    /** The schema's columns, in its order. */
    public static final List<String> COLUMNS = List.of("id_aide", "nom_aide", "nom_aide_normalise", "porteur_aide",
            "porteur_siren", "beneficiaires_aide", "types_aides", "description", "thematique_aide", "recurrence_aide",
            "date_ouverture", "date_cloture", "condition_eligibilite", "zone_geographique", "url_descriptif",
            "url_demarche", "contact", "date_mise_a_jour");

    /** The same aid, but for what an import does not read: the normalised name, theme and update date. */
    public boolean sameContentAs(AidSchemaRecord other) {
        List<String> mine = row();
        List<String> theirs = other.row();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            boolean derived = column.equals("nom_aide_normalise") || column.equals("thematique_aide")
                    || column.equals("date_mise_a_jour");
            if (!derived && !blankIfNull(mine.get(i)).equals(blankIfNull(theirs.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }

    /** The values in the order of the schema's columns, empty for none: one CSV row. */
    public List<String> row() {
        return Arrays.asList(idAide, nomAide, nomAideNormalise, porteurAide, porteurSiren,
                beneficiairesAide, typesAides, description, thematiqueAide, recurrenceAide, text(dateOuverture),
                text(dateCloture), conditionEligibilite, zoneGeographique, urlDescriptif, urlDemarche, contact,
                text(dateMiseAJour));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
