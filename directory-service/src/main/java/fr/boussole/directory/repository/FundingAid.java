package fr.boussole.directory.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.boussole.directory.domain.AidRecurrence;
import fr.boussole.directory.domain.AidTerms;
import fr.boussole.directory.domain.AidType;
import fr.boussole.directory.domain.EligibilityRules;
import fr.boussole.directory.domain.SourceConfidence;

/** A public funding aid, in French and English, with its eligibility rules as data. */
@Entity
@Table(name = "funding_aid")
public class FundingAid {

    @Id
    public String id;
    @Column(name = "name_fr")
    public String nameFr;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "description_fr")
    public String descriptionFr;
    @Column(name = "description_en")
    public String descriptionEn;
    /** What no rule checks, for a person to read. */
    @Column(name = "conditions_fr")
    public String conditionsFr;
    @Column(name = "conditions_en")
    public String conditionsEn;
    public List<String> carriers;
    @Column(name = "carrier_sirens")
    public List<String> carrierSirens;
    @Column(name = "aid_types")
    @Enumerated(EnumType.STRING)
    public List<AidType> aidTypes;
    public List<String> beneficiaries;
    @Enumerated(EnumType.STRING)
    public AidRecurrence recurrence;
    /** Empty with {@link #departements} empty: all of France. */
    public List<String> regions;
    public List<String> departements;
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "closes_on")
    public LocalDate closesOn;
    @JdbcTypeCode(SqlTypes.JSON)
    public EligibilityRules rules;
    /** Share of the eligible costs the aid covers, at most, under today's terms. */
    @Column(name = "rate_percent")
    public Integer ratePercent;
    @Column(name = "max_amount_eur")
    public Long maxAmountEur;
    /** The terms that stood before today's, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "earlier_terms")
    public List<AidTerms> earlierTerms;
    @Column(name = "source_url")
    public String sourceUrl;
    @Column(name = "procedure_url")
    public String procedureUrl;
    public String contact;
    /** The day someone last read the source and found the aid as described; none: never checked. */
    @Column(name = "checked_on")
    public LocalDate checkedOn;
    @Enumerated(EnumType.STRING)
    public SourceConfidence confidence;
    /** Order of presentation among aids of the same eligibility. */
    public int position;
    /** Edited through the API: the seed no longer overwrites it. */
    public boolean curated;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
