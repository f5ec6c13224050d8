package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the access log: who read, exported or erased a company's personal data, and when. */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    /** The table and the columns a line of the log is written in, for the services' batch writes in SQL. */
    public static final String INSERT_INTO = "INSERT INTO personal_data_access (at, actor, actor_role, actor_cci,"
            + " action, siren, assessment_id, detail)";


    public enum Action {
        READ, EXPORT, ERASE, RETENTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant at;
    public String actor;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "actor_cci")
    public String actorCci;
    @Enumerated(EnumType.STRING)
    public Action action;
    public String siren;
    /** The person concerned (username), when the subject is a person. */
    public String person;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    public String detail;
}
