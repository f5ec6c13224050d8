package fr.boussole.assessment.service.recommendation;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.assessment.rest.dto.RecommendationsView.AdoptionBenchmark;
import fr.boussole.commons.config.SeedFiles;
import fr.boussole.commons.i18n.Language;

/**
 * How many companies like this one use AI, to set its level beside: published shares (INSEE, Eurostat, France Num)
 * by headcount band and activity, as data with source, year and confidence ({@code seed/adoption-benchmarks.json}).
 */
@ApplicationScoped
public class AdoptionBenchmarks {

    static final String FILE = "seed/adoption-benchmarks.json";

    record Figure(String code, String area, Integer minEmployees, Integer maxEmployees, List<String> nafDivisions,
            List<String> sectors, double ratePercent, String fr, String en, String source, String sourceUrl,
            int year, LocalDate checkedOn, String confidence) {

        /** Whether the figure speaks of a company of this headcount, NAF code and sector (unknown facts: no). */
        boolean covers(Long employees, String naf, String sector) {
            boolean inBand = employees != null && (minEmployees == null || employees >= minEmployees)
                    && (maxEmployees == null || employees <= maxEmployees);
            boolean byActivity = nafDivisions.isEmpty() && sectors.isEmpty()
                    || naf != null && naf.length() >= 2 && nafDivisions.contains(naf.substring(0, 2))
                    || sector != null && sectors.contains(sector);
            return inBand && byActivity;
        }
    }

    record Content(String note, List<Figure> figures) {
    }

    private final List<Figure> figures;

    AdoptionBenchmarks(ObjectMapper mapper) {
        this.figures = SeedFiles.read(mapper, FILE, new TypeReference<Content>() {
        }).figures();
    }

    /** The published shares that speak of this company, France before the EU, in the file's order. */
    public List<AdoptionBenchmark> forCompany(Long employees, String naf, String sector, Language language) {
        return figures.stream().filter(figure -> figure.covers(employees, naf, sector))
                .sorted((a, b) -> a.area().equals(b.area()) ? 0 : "FR".equals(a.area()) ? -1 : 1)
                .map(figure -> new AdoptionBenchmark(figure.code(), language == Language.EN ? figure.en() : figure.fr(),
                        figure.area(), figure.ratePercent(), figure.year(), figure.source(), figure.sourceUrl(),
                        figure.checkedOn(), figure.confidence()))
                .toList();
    }
}
