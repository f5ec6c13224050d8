package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A company's consent to show an assessment to a CCI, active until revoked. */
@Entity
@Table(name = "assessment_sharing")
public class AssessmentSharing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    public String cci;
    @Column(name = "granted_at")
    public Instant grantedAt;
    @Column(name = "granted_by")
    public String grantedBy;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
}
