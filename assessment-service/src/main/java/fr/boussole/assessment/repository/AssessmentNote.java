package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An advisor's private note on an assessment, for the advisors of its CCI. */
@Entity
@Table(name = "assessment_note")
public class AssessmentNote {

    @Id
    public UUID id;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    public String cci;
    /** The username of the advisor who wrote it. */
    public String author;
    public String body;
    @Column(name = "created_at")
    public Instant createdAt;
}
