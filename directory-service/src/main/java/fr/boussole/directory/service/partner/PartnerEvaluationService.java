package fr.boussole.directory.service.partner;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.commons.workflow.Curation;
import fr.boussole.directory.domain.SelectionCriterion;
import fr.boussole.directory.repository.PartnerEvaluation;
import fr.boussole.directory.repository.PartnerEvaluationRepository;
import fr.boussole.directory.rest.dto.ComparedPartner.Contribution;
import fr.boussole.directory.rest.dto.ComparedPartner;
import fr.boussole.directory.rest.dto.Comparison;
import fr.boussole.directory.rest.dto.ComparisonRequest;
import fr.boussole.directory.rest.dto.CriterionAverage;
import fr.boussole.directory.rest.dto.EvaluationInput;
import fr.boussole.directory.rest.dto.EvaluationSummary;
import fr.boussole.directory.rest.dto.EvaluationView;
import fr.boussole.directory.service.PostgresArrays;
import io.quarkus.panache.common.Sort;

/**
 * Evaluations of published partners on the guide's eight criteria (one per evaluator and partner), what they say
 * on average, and comparisons of partners under the SME's own weights.
 */
@ApplicationScoped
@Transactional
public class PartnerEvaluationService {

    /** What one evaluation means when it is written: created, or an earlier one replaced. */
    public record Saved(EvaluationView evaluation, boolean created) {
    }

    private static final int DEFAULT_WEIGHT = 1;

    private final PartnerEvaluationRepository evaluations;
    private final PartnerService directory;
    private final EntityManager entityManager;

    PartnerEvaluationService(PartnerEvaluationRepository evaluations, PartnerService directory,
            EntityManager entityManager) {
        this.evaluations = evaluations;
        this.directory = directory;
        this.entityManager = entityManager;
    }

    /** Creates or replaces the evaluator's own evaluation; If-Match, when given, must name its current version. */
    public Saved save(String partner, String evaluator, String role, String ifMatch, EvaluationInput input) {
        directory.requirePublished(partner);
        Optional<PartnerEvaluation> existing = evaluations.of(partner, evaluator);
        if (ifMatch != null && existing.isEmpty()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "You have no evaluation of this partner yet;"
                    + " send it without If-Match to create it");
        }
        PartnerEvaluation evaluation = existing.orElseGet(PartnerEvaluation::new);
        if (ifMatch != null) {
            EntityTags.requireIfMatch(ifMatch, evaluation.version);
        }
        Instant now = Instant.now();
        if (existing.isEmpty()) {
            evaluation.partnerSlug = partner;
            evaluation.evaluator = evaluator;
            evaluation.createdAt = now;
        }
        evaluation.evaluatorRole = role;
        for (SelectionCriterion criterion : SelectionCriterion.values()) {
            set(evaluation, criterion, input.scores().get(criterion));
        }
        evaluation.comment = input.comment();
        evaluation.updatedAt = now;
        try {
            evaluations.persist(evaluation);
            evaluations.flush();
        } catch (OptimisticLockException concurrentWrite) {
            throw Curation.concurrentChange("evaluation");
        }
        return new Saved(view(evaluation), existing.isEmpty());
    }

    @Transactional(TxType.SUPPORTS)
    public EvaluationView mine(String partner, String evaluator) {
        return evaluations.of(partner, evaluator).map(PartnerEvaluationService::view)
                .orElseThrow(() -> ProblemException.notFound("evaluation of partner", partner));
    }

    public void delete(String partner, String evaluator) {
        PartnerEvaluation evaluation = evaluations.of(partner, evaluator)
                .orElseThrow(() -> ProblemException.notFound("evaluation of partner", partner));
        evaluations.delete(evaluation);
    }

    /** Every evaluation of a partner, newest first, with who wrote it. */
    @Transactional(TxType.SUPPORTS)
    public Page<EvaluationView> all(String partner, PageParams paging) {
        directory.requirePublished(partner);
        var query = evaluations.find("partnerSlug", Sort.descending("updatedAt").and("id"), partner);
        return Page.of(query.page(paging.page, paging.size).list().stream().map(PartnerEvaluationService::view).toList(),
                paging, query.count());
    }

    @Transactional(TxType.SUPPORTS)
    public EvaluationSummary summary(String partner) {
        directory.requirePublished(partner);
        Aggregate aggregate = aggregates(List.of(partner)).get(partner);
        return new EvaluationSummary(partner, aggregate.evaluations(), aggregate.averages());
    }

    /** The partners side by side under the SME's weights; see {@link ComparedPartner} for the arithmetic. */
    @Transactional(TxType.SUPPORTS)
    public Comparison compare(ComparisonRequest request) {
        List<String> slugs = List.copyOf(new LinkedHashSet<>(request.partners()));
        if (slugs.size() < 2) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(1),
                    List.of(new FieldError("partners", "must name at least two different partners")));
        }
        Map<SelectionCriterion, Integer> weights = new EnumMap<>(SelectionCriterion.class);
        for (SelectionCriterion criterion : SelectionCriterion.values()) {
            weights.put(criterion, request.weights() == null ? DEFAULT_WEIGHT
                    : request.weights().getOrDefault(criterion, DEFAULT_WEIGHT));
        }
        int totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (totalWeight == 0) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(1),
                    List.of(new FieldError("weights", "at least one criterion must weigh more than 0")));
        }
        Map<String, String> names = directory.publishedNames(slugs);
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            if (!names.containsKey(slugs.get(i))) {
                unknown.add(new FieldError("partners[" + request.partners().indexOf(slugs.get(i)) + "]",
                        "no published partner '" + slugs.get(i) + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(unknown.size()),
                    unknown);
        }
        Map<String, Aggregate> aggregates = aggregates(slugs);
        List<ComparedPartner> compared = new ArrayList<>();
        for (String slug : slugs) {
            compared.add(score(slug, names.get(slug), aggregates.get(slug), weights, totalWeight));
        }
        compared.sort(Comparator.comparing(ComparedPartner::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ComparedPartner::name));
        return new Comparison(weights, ranked(compared));
    }

    private static ComparedPartner score(String slug, String name, Aggregate aggregate,
            Map<SelectionCriterion, Integer> weights, int totalWeight) {
        BigDecimal weighted = BigDecimal.ZERO;
        int judgedWeight = 0;
        for (CriterionAverage average : aggregate.averages()) {
            if (average.average() != null) {
                int weight = weights.get(average.criterion());
                weighted = weighted.add(average.average().multiply(BigDecimal.valueOf(weight)));
                judgedWeight += weight;
            }
        }
        List<Contribution> contributions = new ArrayList<>();
        for (CriterionAverage average : aggregate.averages()) {
            int weight = weights.get(average.criterion());
            BigDecimal contribution = average.average() == null || judgedWeight == 0 ? null
                    : round(average.average().multiply(BigDecimal.valueOf(weight))
                            .divide(BigDecimal.valueOf(judgedWeight), MathContext.DECIMAL64));
            contributions.add(new Contribution(average.criterion(), weight, round(average.average()),
                    contribution));
        }
        BigDecimal score = judgedWeight == 0 ? null
                : round(weighted.divide(BigDecimal.valueOf(judgedWeight), MathContext.DECIMAL64));
        BigDecimal coverage = round(BigDecimal.valueOf(judgedWeight)
                .divide(BigDecimal.valueOf(totalWeight), MathContext.DECIMAL64));
        return new ComparedPartner(null, slug, name, score, coverage, aggregate.evaluations(), contributions);
    }

    /** Competition ranking: equal scores share a rank, the next rank skips; no rank without a score. */
    private static List<ComparedPartner> ranked(List<ComparedPartner> sorted) {
        List<ComparedPartner> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ComparedPartner partner = sorted.get(i);
            Integer rank = null;
            if (partner.score() != null) {
                rank = i > 0 && partner.score().equals(sorted.get(i - 1).score()) ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new ComparedPartner(rank, partner.slug(), partner.name(), partner.score(), partner.coverage(),
                    partner.evaluations(), partner.criteria()));
        }
        return ranked;
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Per partner: how many evaluations, and each criterion's exact average and count. */
    private record Aggregate(long evaluations, List<CriterionAverage> averages) {
    }

    private Map<String, Aggregate> aggregates(List<String> partners) {
        StringBuilder sql = new StringBuilder("SELECT p.slug, count(e.id)");
        for (SelectionCriterion criterion : SelectionCriterion.values()) {
            sql.append(", avg(e.").append(criterion.column()).append("), count(e.").append(criterion.column())
                    .append(")");
        }
        sql.append(" FROM unnest(CAST(:partners AS text[])) AS p(slug)")
                .append(" LEFT JOIN partner_evaluation e ON e.partner_slug = p.slug GROUP BY p.slug");
        Map<String, Aggregate> aggregates = new HashMap<>();
        for (Object row : entityManager.createNativeQuery(sql.toString())
                .setParameter("partners", PostgresArrays.literal(partners)).getResultList()) {
            Object[] columns = (Object[]) row;
            List<CriterionAverage> averages = new ArrayList<>();
            SelectionCriterion[] criteria = SelectionCriterion.values();
            for (int i = 0; i < criteria.length; i++) {
                Object average = columns[2 + 2 * i];
                averages.add(new CriterionAverage(criteria[i],
                        average == null ? null : new BigDecimal(average.toString()),
                        ((Number) columns[3 + 2 * i]).longValue()));
            }
            aggregates.put(columns[0].toString(), new Aggregate(((Number) columns[1]).longValue(), averages));
        }
        return aggregates;
    }

    private static EvaluationView view(PartnerEvaluation evaluation) {
        Map<SelectionCriterion, Integer> scores = new EnumMap<>(SelectionCriterion.class);
        for (SelectionCriterion criterion : SelectionCriterion.values()) {
            Integer score = get(evaluation, criterion);
            if (score != null) {
                scores.put(criterion, score);
            }
        }
        return new EvaluationView(evaluation.partnerSlug, evaluation.evaluator,
                evaluation.evaluatorRole, scores, evaluation.comment, evaluation.version, evaluation.createdAt,
                evaluation.updatedAt);
    }

    private static Integer get(PartnerEvaluation evaluation, SelectionCriterion criterion) {
        return switch (criterion) {
            case BUSINESS_NEEDS -> evaluation.businessNeeds;
            case TOTAL_COST -> evaluation.totalCost;
            case INTERNAL_TEAM -> evaluation.internalTeam;
            case TRUST -> evaluation.trust;
            case REPUTATION -> evaluation.reputation;
            case CLIENT_REFERENCES -> evaluation.clientReferences;
            case OFFER_QUALITY -> evaluation.offerQuality;
            case TRAINING -> evaluation.training;
        };
    }

    private static void set(PartnerEvaluation evaluation, SelectionCriterion criterion, Integer score) {
        switch (criterion) {
            case BUSINESS_NEEDS -> evaluation.businessNeeds = score;
            case TOTAL_COST -> evaluation.totalCost = score;
            case INTERNAL_TEAM -> evaluation.internalTeam = score;
            case TRUST -> evaluation.trust = score;
            case REPUTATION -> evaluation.reputation = score;
            case CLIENT_REFERENCES -> evaluation.clientReferences = score;
            case OFFER_QUALITY -> evaluation.offerQuality = score;
            case TRAINING -> evaluation.training = score;
        }
    }
}
