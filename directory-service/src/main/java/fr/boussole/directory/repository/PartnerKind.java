package fr.boussole.directory.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.boussole.directory.domain.PartnerKindCategory;

/** A kind of partner or information channel of the guide, in French and English. */
@Entity
@Table(name = "partner_kind")
public class PartnerKind {

    @Id
    public String code;
    @Enumerated(EnumType.STRING)
    public PartnerKindCategory category;
    public int position;
    @Column(name = "name_fr")
    public String nameFr;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "description_fr")
    public String descriptionFr;
    @Column(name = "description_en")
    public String descriptionEn;
    /** Typical time to a first test with this kind of partner, when the guide gives one. */
    @Column(name = "first_test_min_months")
    public Integer firstTestMinMonths;
    @Column(name = "first_test_max_months")
    public Integer firstTestMaxMonths;
    /** Edited through the API: the seed no longer overwrites it. */
    public boolean curated;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
