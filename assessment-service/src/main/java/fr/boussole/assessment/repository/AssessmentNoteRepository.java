package fr.boussole.assessment.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AssessmentNoteRepository implements PanacheRepositoryBase<AssessmentNote, UUID> {

    /** The notes of one CCI on an assessment, oldest first. */
    public List<AssessmentNote> of(UUID assessment, String cci) {
        return list("assessmentId = ?1 and cci = ?2 order by createdAt, id", assessment, cci);
    }
}
