package fr.boussole.assessment.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The catalogue's guidance (the guide's advice, sourced and dated), as far as recommendations read it: the GDPR
 * checklist and the first pitfalls, whose points the assessment judges from the answers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GuidanceDocument(List<Point> gdprChecklist, List<Point> pitfalls) {

    /** What the catalogue leaves out is none. */
    public GuidanceDocument {
        gdprChecklist = gdprChecklist == null ? List.of() : gdprChecklist;
        pitfalls = pitfalls == null ? List.of() : pitfalls;
    }

    /** One point of advice in the language asked, where it comes from and when that was checked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(String code, String title, String text, String source, String sourceUrl,
            LocalDate checkedOn, String confidence) {
    }

    public Optional<Point> gdprPoint(String code) {
        return find(gdprChecklist, code);
    }

    public Optional<Point> pitfall(String code) {
        return find(pitfalls, code);
    }

    private static Optional<Point> find(List<Point> points, String code) {
        return points.stream().filter(point -> code.equals(point.code())).findFirst();
    }
}
