package fr.boussole.assessment.service.recommendation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.assessment.scoring.LocalizedText;
import fr.boussole.commons.config.SeedFiles;

/**
 * The guide's advice that recommendations quote, in French and English ({@code seed/recommendation-guide.json}):
 * which partner type for which situation and its time to a first test, the checks of critical domains, the notes a
 * plan may carry (the reasons of a use case's rank among them) and the kinds of data each answer about the company's
 * data stands for. The GDPR points and the pitfalls are the catalogue's guidance, read through
 * {@code NeighbourServices#guidance}.
 */
@ApplicationScoped
public class RecommendationGuide {

    static final String FILE = "seed/recommendation-guide.json";

    public record NameAndWhy(String name, String why) {
    }

    public record PartnerAdvice(String rule, String kind, Integer minMonths, Integer maxMonths, NameAndWhy fr,
            NameAndWhy en) {
    }

    public record Item(String code, String fr, String en) {
        public LocalizedText text() {
            return new LocalizedText(fr, en);
        }
    }

    record Content(List<PartnerAdvice> partnerAdvice, List<Item> criticalChecks, List<Item> notes,
            Map<String, List<String>> dataKinds) {
    }

    private final Map<String, PartnerAdvice> partnerAdvice;
    private final Content content;

    RecommendationGuide(ObjectMapper mapper) {
        this.content = SeedFiles.read(mapper, FILE, new TypeReference<Content>() {
        });
        this.partnerAdvice = content.partnerAdvice().stream()
                .collect(Collectors.toMap(PartnerAdvice::rule, Function.identity()));
    }

    public PartnerAdvice partnerAdvice(String rule) {
        PartnerAdvice advice = partnerAdvice.get(rule);
        if (advice == null) {
            throw new IllegalStateException(FILE + " has no partner advice for rule " + rule);
        }
        return advice;
    }

    public List<Item> criticalChecks() {
        return content.criticalChecks();
    }

    /** The catalogue's kinds of data (TABULAR, TEXT…) an answer of the data-available question stands for. */
    public List<String> dataKinds(String dataAvailable) {
        return content.dataKinds().getOrDefault(dataAvailable, List.of());
    }

    public LocalizedText note(String code) {
        return content.notes().stream().filter(note -> note.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException(FILE + " has no note " + code)).text();
    }
}
