package fr.boussole.assessment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A dimension of the stock-take (data, skills, funding, strategy, ethics) as a questionnaire version words it. */
@Entity
@Table(name = "questionnaire_dimension")
public class QuestionnaireDimension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_version")
    public Questionnaire questionnaire;
    public String code;
    public int position;
    @Column(name = "name_fr")
    public String nameFr;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "description_fr")
    public String descriptionFr;
    @Column(name = "description_en")
    public String descriptionEn;
}
