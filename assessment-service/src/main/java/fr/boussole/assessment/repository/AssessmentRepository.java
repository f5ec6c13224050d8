package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import fr.boussole.assessment.domain.AssessmentFilters;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.domain.FollowUp;
import fr.boussole.assessment.scoring.ReadinessLevel;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /**
     * Which assessments a list may hold: all of them ({@code siren} and {@code cci} null), a company's, or those a
     * CCI made or has been shared.
     */
    public record Scope(String siren, String cci) {
        public static final Scope ALL = new Scope(null, null);
    }

    /** The assessment, locked until the transaction ends: writers of one assessment take turns. */
    public Optional<Assessment> lock(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Assessment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<AssessmentSharing> activeSharing(UUID assessment) {
        return getEntityManager().createQuery("select s from AssessmentSharing s where s.assessmentId = ?1"
                + " and s.revokedAt is null", AssessmentSharing.class)
                .setParameter(1, assessment)
                .getResultStream().findFirst();
    }

    /** The CCI each of these assessments is shared with now, for those shared. */
    public Map<UUID, AssessmentSharing> activeSharings(List<UUID> assessments) {
        Map<UUID, AssessmentSharing> byAssessment = new HashMap<>();
        if (!assessments.isEmpty()) {
            getEntityManager().createQuery("select s from AssessmentSharing s where s.assessmentId in ?1"
                    + " and s.revokedAt is null", AssessmentSharing.class)
                    .setParameter(1, assessments)
                    .getResultStream().forEach(sharing -> byAssessment.put(sharing.assessmentId, sharing));
        }
        return byAssessment;
    }

    public void persistSharing(AssessmentSharing sharing) {
        getEntityManager().persist(sharing);
    }

    /** Newest update first. */
    public List<Assessment> list(Scope scope, AssessmentFilters filters, int offset, int limit) {
        return query(Assessment.class, "select a", scope, filters, " order by a.updatedAt desc, a.id")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Scope scope, AssessmentFilters filters) {
        return query(Long.class, "select count(a)", scope, filters, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, Scope scope, AssessmentFilters filters, String order) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> values = new ArrayList<>();
        if (scope.siren() != null) {
            values.add(scope.siren());
            where.append(" and a.siren = ?").append(values.size());
        }
        if (scope.cci() != null) {
            values.add(scope.cci());
            where.append(" and (a.ownerCci = ?").append(values.size())
                    .append(" or exists (select 1 from AssessmentSharing s where s.assessmentId = a.id")
                    .append(" and s.revokedAt is null and s.cci = ?").append(values.size()).append("))");
        }
        condition(where, values, "a.status = ?", filters.status());
        condition(where, values, "a.level = ?", filters.level());
        condition(where, values, "a.sector = ?", filters.sector());
        condition(where, values, "a.region = ?", filters.region());
        condition(where, values, "a.followUp = ?", filters.followUp());
        condition(where, values, "a.siren = ?", filters.siren());
        condition(where, values, "a.updatedAt >= ?", filters.since());
        condition(where, values, "a.updatedAt < ?", filters.until());
        TypedQuery<T> query = getEntityManager().createQuery(select + " from Assessment a" + where + order, type);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private static void condition(StringBuilder where, List<Object> values, String clause, Object value) {
        if (value != null) {
            values.add(value);
            where.append(" and ").append(clause).append(values.size());
        }
    }
}
