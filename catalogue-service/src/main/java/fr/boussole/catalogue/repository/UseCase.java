package fr.boussole.catalogue.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.boussole.catalogue.domain.AiActCategory;
import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.SolutionType;
import fr.boussole.commons.workflow.CuratedEntity;

/** The working copy of a use case, as curators edit it; the public reads its published copy. */
@Entity
@Table(name = "use_case")
public class UseCase extends CuratedEntity {

    /** A source the use case's content comes from. */
    public record Source(String title, String url) {
    }

    @Column(name = "title_fr")
    public String titleFr;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "summary_fr")
    public String summaryFr;
    @Column(name = "summary_en")
    public String summaryEn;
    @Column(name = "body_fr")
    public String bodyFr;
    @Column(name = "body_en")
    public String bodyEn;
    @Column(name = "benefits_fr")
    public List<String> benefitsFr = new ArrayList<>();
    @Column(name = "benefits_en")
    public List<String> benefitsEn = new ArrayList<>();
    @Column(name = "critical_rationale_fr")
    public String criticalRationaleFr;
    @Column(name = "critical_rationale_en")
    public String criticalRationaleEn;
    public List<String> sectors = new ArrayList<>();
    public List<String> functions = new ArrayList<>();
    public boolean transversal;
    @Column(name = "data_kinds")
    @Enumerated(EnumType.STRING)
    public List<DataKind> dataKinds = new ArrayList<>();
    @Column(name = "solution_types")
    @Enumerated(EnumType.STRING)
    public List<SolutionType> solutionTypes = new ArrayList<>();
    @Column(name = "personal_data")
    public boolean personalData;
    @Column(name = "critical_domain")
    @Enumerated(EnumType.STRING)
    public CriticalDomain criticalDomain;
    @Column(name = "prerequisite_data")
    public int prerequisiteData;
    @Column(name = "prerequisite_skills")
    public int prerequisiteSkills;
    @Column(name = "prerequisite_funding")
    public int prerequisiteFunding;
    @Column(name = "prerequisite_strategy")
    public int prerequisiteStrategy;
    @Column(name = "prerequisite_ethics")
    public int prerequisiteEthics;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources = new ArrayList<>();
    @Column(name = "ai_act_category")
    @Enumerated(EnumType.STRING)
    public AiActCategory aiActCategory;
    @Column(name = "ai_act_reasoning_fr")
    public String aiActReasoningFr;
    @Column(name = "ai_act_reasoning_en")
    public String aiActReasoningEn;
    @Column(name = "ai_act_checked_on")
    public LocalDate aiActCheckedOn;
}
