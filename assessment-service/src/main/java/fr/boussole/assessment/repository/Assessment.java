package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import fr.boussole.assessment.domain.AssessmentOrigin;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.domain.FollowUp;
import fr.boussole.assessment.scoring.Readiness;
import fr.boussole.assessment.scoring.ReadinessLevel;

/** One company's answers to one questionnaire version and, once submitted, their score. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;
    @Column(name = "questionnaire_version")
    public int questionnaireVersion;
    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;
    @Enumerated(EnumType.STRING)
    public AssessmentOrigin origin;
    public String siren;
    @Column(name = "company_name")
    public String companyName;
    @Column(name = "owner_cci")
    public String ownerCci;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "resume_token_hash")
    public String resumeTokenHash;
    /** Question code to the JSON answer, in the order answered. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, JsonNode> answers = new LinkedHashMap<>();
    public String sector;
    public String region;
    @JdbcTypeCode(SqlTypes.JSON)
    public Readiness readiness;
    public Integer score;
    @Column(name = "computed_level")
    @Enumerated(EnumType.STRING)
    public ReadinessLevel computedLevel;
    @Column(name = "override_level")
    @Enumerated(EnumType.STRING)
    public ReadinessLevel overrideLevel;
    @Column(name = "override_justification")
    public String overrideJustification;
    @Column(name = "override_by")
    public String overrideBy;
    @Column(name = "override_at")
    public Instant overrideAt;
    @Enumerated(EnumType.STRING)
    public ReadinessLevel level;
    @Column(name = "follow_up")
    @Enumerated(EnumType.STRING)
    public FollowUp followUp = FollowUp.TO_CONTACT;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "erased_at")
    public Instant erasedAt;
}
