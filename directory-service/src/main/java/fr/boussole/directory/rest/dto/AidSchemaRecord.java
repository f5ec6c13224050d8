package fr.boussole.directory.rest.dto;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

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
        @JsonProperty("id_aide") @Size(max = 80) String idAide,
        @JsonProperty("nom_aide") @Size(max = 180) String nomAide,
        @JsonProperty("nom_aide_normalise") @Size(max = 180) String nomAideNormalise,
        @JsonProperty("porteur_aide") @Size(max = 2010) String porteurAide,
        @JsonProperty("porteur_siren") @Size(max = 100) String porteurSiren,
        @JsonProperty("beneficiaires_aide") @Size(max = 600) String beneficiairesAide,
        @JsonProperty("types_aides") @Size(max = 300) String typesAides,
        @JsonProperty("description") @Size(max = 4000) String description,
        @JsonProperty("thematique_aide") @Size(max = 500) String thematiqueAide,
        @JsonProperty("recurrence_aide") @Size(max = 40) String recurrenceAide,
        @JsonProperty("date_ouverture") LocalDate dateOuverture,
        @JsonProperty("date_cloture") LocalDate dateCloture,
        @JsonProperty("condition_eligibilite") @Size(max = 2000) String conditionEligibilite,
        @JsonProperty("zone_geographique") @Size(max = 3000) String zoneGeographique,
        @JsonProperty("url_descriptif") @Size(max = 500) String urlDescriptif,
        @JsonProperty("url_demarche") @Size(max = 500) String urlDemarche,
        @JsonProperty("contact") @Size(max = 500) String contact,
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

    /** The same record under another id: one publisher's copy of an aid the directory names otherwise. */
    public AidSchemaRecord withId(String id) {
        return new AidSchemaRecord(id, nomAide, nomAideNormalise, porteurAide, porteurSiren, beneficiairesAide,
                typesAides, description, thematiqueAide, recurrenceAide, dateOuverture, dateCloture,
                conditionEligibilite, zoneGeographique, urlDescriptif, urlDemarche, contact, dateMiseAJour);
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
