package fr.boussole.assessment.report;

import static fr.boussole.assessment.service.recommendation.RecommendationRules.fill;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import fr.boussole.assessment.mapping.AssessmentMapper;
import fr.boussole.assessment.rest.dto.AssessmentView;
import fr.boussole.assessment.rest.dto.ReadinessView;
import fr.boussole.assessment.rest.dto.RecommendationsView;
import fr.boussole.assessment.service.AssessmentService;
import fr.boussole.assessment.domain.Caller;
import fr.boussole.assessment.service.recommendation.RecommendationService;
import fr.boussole.assessment.scoring.Answer;
import fr.boussole.assessment.scoring.Question;
import fr.boussole.assessment.scoring.QuestionnaireDefinition;
import fr.boussole.commons.config.SeedFiles;
import fr.boussole.commons.i18n.Language;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The report an advisor hands to the company: profile, radar of the five dimensions, explained scores,
 * recommendations and next steps, in HTML and as a PDF of the same page. Every text comes through the template,
 * which escapes it: what users typed (company name, an advisor's justification) cannot become markup. The
 * advisors' private notes are never in it.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ReportService {

    static final String LABELS = "seed/report-labels.json";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** What the template shows. */
    public record Report(UUID assessmentId, String lang, boolean pdf, Map<String, String> labels,
            String companyName, String siren, String date, List<ProfileLine> profile, ReadinessView readiness,
            Map<String, String> dimensionNames, boolean capped, RecommendationsView recommendations, RadarChart radar,
            List<String> nextSteps) {

        /** The same report, laid out for print. */
        Report forPrint() {
            return new Report(assessmentId, lang, true, labels, companyName, siren, date, profile, readiness,
                    dimensionNames, capped, recommendations, radar, nextSteps);
        }
    }

    public record ProfileLine(String label, String answer) {
    }

    private final AssessmentService assessments;
    private final RecommendationService recommendations;
    private final Template report;
    private final Map<String, Map<String, String>> labels;

    ReportService(AssessmentService assessments, RecommendationService recommendations,
            @Location("report.html") Template report, ObjectMapper mapper) {
        this.assessments = assessments;
        this.recommendations = recommendations;
        this.report = report;
        this.labels = SeedFiles.read(mapper, LABELS, new TypeReference<Map<String, Map<String, String>>>() {
        });
    }

    /** The report's page. */
    public String html(Report content) {
        return report.data("report", content).render();
    }

    /** The same page as a PDF, laid out for print. */
    public byte[] pdf(Report content) {
        String page = report.data("report", content.forPrint()).render();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(page, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** The report's content, from the assessment read once (one access-log line, "the report"). */
    public Report report(Caller caller, UUID id, Language language) {
        AssessmentService.Loaded loaded = assessments.read(caller, id, false, AssessmentService.Purpose.REPORT);
        AssessmentView assessment = assessments.view(loaded);
        ReadinessView readiness = assessments.readiness(loaded, language);
        RecommendationsView advice = recommendations.recommend(loaded, language);
        Map<String, String> words = labels.get(language.code());

        List<ProfileLine> profile = new ArrayList<>();
        QuestionnaireDefinition questionnaire = loaded.questionnaire();
        Map<String, Answer> answers = loaded.answers();
        for (Question question : questionnaire.questions()) {
            if (Question.PROFILE.equals(question.section()) && answers.containsKey(question.code())) {
                profile.add(new ProfileLine(question.label().in(language),
                        AssessmentMapper.describe(question,
                                answers.get(question.code()), language)));
            }
        }
        RadarChart radar = RadarChart.of(
                readiness.dimensions().stream().map(ReadinessView.DimensionScoreView::name).toList(),
                readiness.dimensions().stream().map(ReadinessView.DimensionScoreView::score).toList());
        String date = LocalDate.ofInstant(assessment.submittedAt() != null ? assessment.submittedAt()
                : assessment.updatedAt(), PARIS).toString();
        return new Report(id, language.code(), false, words, assessment.companyName() == null ? "–"
                : assessment.companyName(), assessment.siren() == null ? "–" : assessment.siren(), date, profile,
                readiness, readiness.dimensions().stream().collect(Collectors.toMap(
                        ReadinessView.DimensionScoreView::code, ReadinessView.DimensionScoreView::name)),
                !readiness.blockingGaps().isEmpty(), advice, radar, nextSteps(readiness, advice, words));
    }

    /** Blocking gaps first, then the best improvements, the partner to talk to, the aids, GDPR, the pilot. */
    static List<String> nextSteps(ReadinessView readiness, RecommendationsView advice, Map<String, String> words) {
        List<String> steps = new ArrayList<>();
        readiness.blockingGaps().forEach(gap -> steps.add(fill(words.get("stepGap"), gap.label())));
        readiness.improvements().stream().filter(improvement -> !improvement.blocking()).limit(2)
                .forEach(improvement -> steps.add(fill(words.get("stepImprove"), improvement.label(),
                        String.valueOf(improvement.scoreGain()))));
        advice.partnerTypes().stream().findFirst().ifPresent(type -> steps.add(fill(words.get("stepPartner"),
                type.name().toLowerCase(Locale.ROOT), type.why())));
        List<String> eligible = advice.aids().stream().filter(aid -> "ELIGIBLE".equals(aid.status()))
                .map(RecommendationsView.AidAdvice::name).toList();
        if (!eligible.isEmpty()) {
            steps.add(fill(words.get("stepAids"), String.join(", ", eligible)));
        }
        if (advice.gdprChecklist() != null && advice.gdprChecklist().stream()
                .anyMatch(item -> !"MET".equals(item.status()))) {
            steps.add(words.get("stepGdpr"));
        }
        steps.add(words.get("stepPilot"));
        return steps;
    }
}
