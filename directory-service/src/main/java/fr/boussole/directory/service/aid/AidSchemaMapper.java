package fr.boussole.directory.service.aid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.boussole.commons.csv.Csv;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.directory.domain.AidRecurrence;
import fr.boussole.directory.domain.AidType;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.rest.dto.AidDraft;
import fr.boussole.directory.rest.dto.AidSchemaRecord;
import fr.boussole.directory.rest.dto.AidTexts;
import fr.boussole.directory.service.Geography;

/** Funding aids to and from the data.gouv.fr "dispositif d'aide" schema, whose texts are French. */
public final class AidSchemaMapper {

    /** The schema's theme of every aid of the directory. */
    static final String THEME = "Développement économique > Innovation, recherche";
    /** Imported aids come after the guide's, whose positions run to a few dozens. */
    private static final int IMPORTED_POSITION = 1000;

    private AidSchemaMapper() {
    }

    public static AidSchemaRecord record(FundingAid aid, Geography geography) {
        return new AidSchemaRecord(aid.id, aid.nameFr, aid.nameFr, joined(aid.carriers), joined(aid.carrierSirens),
                joined(aid.beneficiaries), aid.aidTypes.stream().map(AidType::schemaLabel).distinct()
                        .collect(Collectors.joining(",")),
                aid.descriptionFr, THEME, aid.recurrence.schemaLabel(), aid.opensOn, aid.closesOn, aid.conditionsFr,
                zone(aid, geography), aid.sourceUrl, aid.procedureUrl, aid.contact,
                aid.updatedAt == null ? null : aid.updatedAt.atZone(AidReviews.PARIS).toLocalDate());
    }

    /**
     * The aid a record describes. What the schema does not carry is kept from the aid the record updates (English
     * texts, eligibility rules and earlier terms, position, when and how surely its source was checked; its id,
     * when the record names it otherwise) or, for a new aid, the French texts stand for the English ones until a
     * curator translates them, with no rules. Values the schema's vocabulary does not know are reported in
     * {@code errors}, named {@code prefix} and the column.
     */
    public static AidDraft draft(AidSchemaRecord record, FundingAid existing, Geography geography, String prefix,
            List<FieldError> errors) {
        List<AidType> types = new ArrayList<>();
        for (String label : split(record.typesAides())) {
            List<AidType> kept = existing == null ? List.of() : existing.aidTypes.stream()
                    .filter(type -> type.schemaLabel().equalsIgnoreCase(label)).toList();
            if (!kept.isEmpty()) {
                types.addAll(kept);
            } else {
                AidType.fromSchemaLabel(label).ifPresentOrElse(types::add, () -> errors.add(new FieldError(
                        prefix + "types_aides", "unknown aid type '" + label + "'; one of " + Arrays.stream(
                                AidType.values()).map(AidType::schemaLabel).distinct().collect(Collectors.joining(", ")))));
            }
        }
        AidRecurrence recurrence = null;
        if (record.recurrenceAide() == null || record.recurrenceAide().isBlank()) {
            errors.add(new FieldError(prefix + "recurrence_aide", "must not be blank"));
        } else {
            recurrence = AidRecurrence.fromSchemaLabel(record.recurrenceAide()).orElse(null);
            if (recurrence == null) {
                errors.add(new FieldError(prefix + "recurrence_aide", "unknown recurrence '" + record.recurrenceAide()
                        + "'; one of " + Arrays.stream(AidRecurrence.values()).map(AidRecurrence::schemaLabel)
                                .collect(Collectors.joining(", "))));
            }
        }
        List<String> regions = new ArrayList<>();
        List<String> departements = new ArrayList<>();
        for (String name : split(record.zoneGeographique())) {
            if (!name.equalsIgnoreCase("France")) {
                geography.byName(name).ifPresentOrElse(
                        area -> (area.region() ? regions : departements).add(area.code()),
                        () -> errors.add(new FieldError(prefix + "zone_geographique",
                                "unknown region or département '" + name + "'")));
            }
        }
        AidTexts french = new AidTexts(record.nomAide(), record.description(), record.conditionEligibilite());
        AidTexts english = existing == null ? french
                : new AidTexts(existing.nameEn, existing.descriptionEn, existing.conditionsEn);
        return new AidDraft(existing == null ? record.idAide() : existing.id,
                existing == null ? IMPORTED_POSITION : existing.position, french, english,
                split(record.porteurAide()), split(record.porteurSiren()), types, split(record.beneficiairesAide()),
                recurrence, regions, departements, record.dateOuverture(), record.dateCloture(),
                existing == null ? null : existing.rules, existing == null ? null : existing.ratePercent,
                existing == null ? null : existing.maxAmountEur, existing == null ? null : existing.earlierTerms,
                record.urlDescriptif(), record.urlDemarche(), record.contact(),
                existing == null ? null : existing.checkedOn, existing == null ? null : existing.confidence);
    }

    /**
     * The records of a CSV text with the schema's header line (columns in any order; id_aide and nom_aide
     * required). Problems go to {@code errors}, a record named by its index from 0, the header line not counted,
     * and its line in the file. A value the export made inert ({@link Csv#inert}) is read back as it was.
     */
    public static List<AidSchemaRecord> records(List<Csv.Row> lines, List<FieldError> errors) {
        if (lines.isEmpty()) {
            errors.add(new FieldError("header", "the CSV is empty; its first line names the schema's columns"));
            return List.of();
        }
        List<String> header = lines.get(0).fields().stream().map(String::strip).toList();
        List<String> unknown = header.stream().filter(column -> !AidSchemaRecord.COLUMNS.contains(column)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("header", "unknown columns " + unknown + "; the schema has "
                    + String.join(", ", AidSchemaRecord.COLUMNS)));
        }
        for (String required : List.of("id_aide", "nom_aide")) {
            if (!header.contains(required)) {
                errors.add(new FieldError("header", "missing column " + required));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<AidSchemaRecord> records = new ArrayList<>();
        for (int index = 0; index + 1 < lines.size(); index++) {
            Csv.Row row = lines.get(index + 1);
            List<String> line = row.fields();
            String prefix = "[" + index + "].";
            if (line.size() != header.size()) {
                errors.add(new FieldError("[" + index + "]", "line " + row.line() + " has " + line.size()
                        + " fields, the header " + header.size()));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), line.get(i).isBlank() ? null : Csv.uninert(line.get(i).strip()));
            }
            records.add(new AidSchemaRecord(values.get("id_aide"), values.get("nom_aide"),
                    values.get("nom_aide_normalise"), values.get("porteur_aide"), values.get("porteur_siren"),
                    values.get("beneficiaires_aide"), values.get("types_aides"), values.get("description"),
                    values.get("thematique_aide"), values.get("recurrence_aide"),
                    date(values, "date_ouverture", prefix, errors), date(values, "date_cloture", prefix, errors),
                    values.get("condition_eligibilite"), values.get("zone_geographique"),
                    values.get("url_descriptif"), values.get("url_demarche"), values.get("contact"),
                    date(values, "date_mise_a_jour", prefix, errors)));
        }
        return records;
    }

    private static LocalDate date(Map<String, String> values, String column, String prefix, List<FieldError> errors) {
        String value = values.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(prefix + column, "'" + value + "' is not a YYYY-MM-DD date"));
            return null;
        }
    }

    /** A comma-separated list of the schema, without empty values. */
    private static List<String> split(String values) {
        return values == null ? List.of() : Arrays.stream(values.split(",")).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
    }

    /** Names of the regions and départements where the aid is offered; France when it names none. */
    private static String zone(FundingAid aid, Geography geography) {
        List<String> names = new ArrayList<>();
        aid.regions.forEach(code -> names.add(geography.regionName(code)));
        aid.departements.forEach(code -> names.add(geography.departementName(code)));
        return names.isEmpty() ? "France" : String.join(",", new LinkedHashSet<>(names));
    }

    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
