package fr.boussole.commons.workflow;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change a curator made to a curated content: the row its history table keeps. */
@MappedSuperclass
public abstract class CurationHistoryEntry {

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

    public HistoryEntryView view() {
        return new HistoryEntryView(version, action, actor, at, changes);
    }
}
