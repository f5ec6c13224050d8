package fr.boussole.assessment.service.recommendation;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.config.SeedFiles;

/**
 * The guide's sector of a NAF code, from INSEE's divisions ({@code seed/naf-sectors.json}, data with its source):
 * a company that gives its code (25.62A, machining) is placed in its sector (industrie) whatever it answered.
 */
@ApplicationScoped
public class NafSectors {

    static final String FILE = "seed/naf-sectors.json";

    record Content(String source, String checkedOn, String note, Map<String, String> divisions) {
    }

    private final Map<String, String> byDivision;

    NafSectors(ObjectMapper mapper) {
        this.byDivision = SeedFiles.read(mapper, FILE, new TypeReference<Content>() {
        }).divisions();
    }

    /** The sector of the division the code starts with (its first two digits), if the guide has one for it. */
    public Optional<String> sectorOf(String naf) {
        return naf == null || naf.length() < 2 ? Optional.empty()
                : Optional.ofNullable(byDivision.get(naf.substring(0, 2)));
    }

    Map<String, String> divisions() {
        return byDivision;
    }
}
