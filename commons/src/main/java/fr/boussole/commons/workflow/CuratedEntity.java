package fr.boussole.commons.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every curated content stores about its life, whatever its content: the slug it is known by, its status, its
 * version (the ETag of the working copy), who made it, changed it last and published it, and when. Its table names
 * these columns alike ({@code created_at}, {@code last_editor}, …).
 */
@MappedSuperclass
public abstract class CuratedEntity {

    @Id
    public String slug;
    @Enumerated(EnumType.STRING)
    public ContentStatus status;
    /** Edited through the API: the seed no longer overwrites it. */
    public boolean curated;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "last_editor")
    public String lastEditor;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
}
