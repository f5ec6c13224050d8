package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import fr.boussole.assessment.domain.QuestionnaireStatus;

@ApplicationScoped
public class QuestionnaireRepository implements PanacheRepositoryBase<Questionnaire, Integer> {

    /** A version without its dimensions, and how many it has. */
    public record VersionRow(int version, QuestionnaireStatus status, Instant publishedAt, long dimensionCount) {
    }

    /** The published version with the highest number. */
    public Optional<Integer> currentVersion() {
        return Optional.ofNullable(getEntityManager().createQuery(
                "select max(q.version) from Questionnaire q where q.status = ?1", Integer.class)
                .setParameter(1, QuestionnaireStatus.PUBLISHED)
                .getSingleResult());
    }

    public int highestVersion() {
        Integer highest = getEntityManager().createQuery("select max(q.version) from Questionnaire q", Integer.class)
                .getSingleResult();
        return highest == null ? 0 : highest;
    }

    /** A version with its dimensions and questions, both loaded; call within a transaction. */
    public Optional<Questionnaire> findWhole(int version) {
        Optional<Questionnaire> found = find("select distinct q from Questionnaire q left join fetch q.dimensions"
                + " where q.version = ?1", version).firstResultOptional();
        found.ifPresent(questionnaire -> questionnaire.questions.size());
        return found;
    }

    /** Newest first. */
    public List<VersionRow> listVersions(int offset, int limit) {
        return getEntityManager().createQuery("select new " + VersionRow.class.getName()
                + "(q.version, q.status, q.publishedAt, count(d)) from Questionnaire q left join q.dimensions d"
                + " group by q.version, q.status, q.publishedAt order by q.version desc", VersionRow.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
