package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class QuestionnaireRepository implements PanacheRepositoryBase<Questionnaire, Integer> {

    /** A version without its dimensions, and how many it has. */
    public record VersionRow(int version, QuestionnaireStatus status, Instant publishedAt, long dimensionCount) {
    }

    /** The published version with the highest number, with its dimensions. */
    public Optional<Questionnaire> findCurrent() {
        return find("select distinct q from Questionnaire q left join fetch q.dimensions where q.status = ?1"
                + " and q.version = (select max(p.version) from Questionnaire p where p.status = ?1)",
                QuestionnaireStatus.PUBLISHED)
                .firstResultOptional();
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
