package fr.boussole.directory.mapping;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import fr.boussole.directory.repository.AidRecurrence;
import fr.boussole.directory.repository.AidType;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.rest.dto.AidSchemaRecord;
import fr.boussole.directory.service.Geography;

/** Funding aids in the data.gouv.fr "dispositif d'aide" schema, whose texts are French. */
public final class AidSchemaMapper {

    /** The schema's theme of every aid of the directory. */
    static final String THEME = "Développement économique > Innovation, recherche";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private AidSchemaMapper() {
    }

    public static AidSchemaRecord record(FundingAid aid, Geography geography) {
        return new AidSchemaRecord(aid.id, aid.nameFr, aid.nameFr, joined(aid.carriers), joined(aid.carrierSirens),
                joined(aid.beneficiaries), aid.aidTypes.stream().map(AidType::schemaLabel).distinct()
                        .collect(Collectors.joining(",")),
                aid.descriptionFr, THEME, recurrence(aid.recurrence), aid.opensOn, aid.closesOn, aid.conditionsFr,
                zone(aid, geography), aid.sourceUrl, aid.procedureUrl, aid.contact,
                aid.updatedAt == null ? null : aid.updatedAt.atZone(PARIS).toLocalDate());
    }

    private static String recurrence(AidRecurrence recurrence) {
        return switch (recurrence) {
            case PERMANENT -> "Permanente";
            case ONE_OFF -> "Ponctuelle";
            case RECURRING -> "Récurrente";
        };
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
