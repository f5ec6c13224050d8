package fr.boussole.catalogue.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A term of one of the catalogue's classifications, named and described in French and English. */
@MappedSuperclass
public abstract class TaxonomyTerm {

    @Id
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
    /** Edited through the API: the seed no longer overwrites it. */
    public boolean curated;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
