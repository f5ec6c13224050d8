package fr.boussole.assessment.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.boussole.assessment.scoring.QuestionType;

/** A question of a questionnaire version, as stored; {@code QuestionnaireDefinitions} makes the domain model. */
@Entity
@Table(name = "questionnaire_question")
public class QuestionnaireQuestion {

    /** An option of a choice question, stored in the question's {@code options} column. */
    public record OptionDocument(String code, double points, boolean exclusive, String fr, String en) {
    }

    /** When the question is asked, stored in {@code asked_when}. */
    public record ConditionDocument(String question, List<String> anyOf) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_version")
    public Questionnaire questionnaire;
    public String code;
    public String section;
    public int position;
    @Enumerated(EnumType.STRING)
    public QuestionType type;
    public boolean required;
    public int weight;
    @Column(name = "necessary_threshold")
    public BigDecimal necessaryThreshold;
    @Column(name = "asked_when")
    @JdbcTypeCode(SqlTypes.JSON)
    public ConditionDocument askedWhen;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<OptionDocument> options = new ArrayList<>();
    @Column(name = "min_value")
    public Long minValue;
    @Column(name = "max_value")
    public Long maxValue;
    public String pattern;
    @Column(name = "label_fr")
    public String labelFr;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "help_fr")
    public String helpFr;
    @Column(name = "help_en")
    public String helpEn;
}
