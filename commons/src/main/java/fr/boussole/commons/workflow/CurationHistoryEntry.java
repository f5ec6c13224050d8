package fr.boussole.commons.workflow;

import java.time.Instant;
import java.util.LinkedHashMap;
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

    /** Says what change this row records; the version is the one the change made (read after the flush). */
    public void describe(String slug, long version, CurationAction action, String actor, Instant at,
            Map<String, FieldChange> changes) {
        this.slug = slug;
        this.version = version;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.changes = new LinkedHashMap<>(changes);
    }

    public HistoryEntryView view() {
        return new HistoryEntryView(version, action, actor, at, changes);
    }
}
