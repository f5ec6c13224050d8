package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import fr.boussole.assessment.domain.QuestionnaireStatus;

/** One version of the readiness questionnaire. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire {

    @Id
    public int version;
    @Enumerated(EnumType.STRING)
    public QuestionnaireStatus status;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<QuestionnaireDimension> dimensions = new ArrayList<>();
    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<QuestionnaireQuestion> questions = new ArrayList<>();
}
