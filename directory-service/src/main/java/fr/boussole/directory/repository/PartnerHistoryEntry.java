package fr.boussole.directory.repository;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.boussole.commons.workflow.CurationAction;
import fr.boussole.commons.workflow.FieldChange;

/** One change a curator made to a partner. */
@Entity
@Table(name = "partner_history")
public class PartnerHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    public long version;
    @Enumerated(EnumType.STRING)
    public CurationAction action;
    public String actor;
    public Instant at;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, FieldChange> changes;
}
