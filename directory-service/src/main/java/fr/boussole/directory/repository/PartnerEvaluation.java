package fr.boussole.directory.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One evaluator's scores of one partner on the eight selection criteria. */
@Entity
@Table(name = "partner_evaluation")
public class PartnerEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "partner_slug")
    public String partnerSlug;
    public String evaluator;
    @Column(name = "evaluator_role")
    public String evaluatorRole;
    @Column(name = "business_needs")
    public Integer businessNeeds;
    @Column(name = "total_cost")
    public Integer totalCost;
    @Column(name = "internal_team")
    public Integer internalTeam;
    public Integer trust;
    public Integer reputation;
    @Column(name = "client_references")
    public Integer clientReferences;
    @Column(name = "offer_quality")
    public Integer offerQuality;
    public Integer training;
    public String comment;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
