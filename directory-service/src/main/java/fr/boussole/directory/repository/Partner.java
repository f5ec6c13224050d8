package fr.boussole.directory.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.boussole.commons.workflow.ContentStatus;
import fr.boussole.directory.domain.PartnerDocument;
import fr.boussole.directory.domain.PartnerOffer;

/** A partner's working copy, and the document the public reads since its last publication. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public String slug;
    @Enumerated(EnumType.STRING)
    public ContentStatus status;
    public String kind;
    public String name;
    @Column(name = "description_fr")
    public String descriptionFr;
    @Column(name = "description_en")
    public String descriptionEn;
    public String siren;
    public List<String> regions = new ArrayList<>();
    public List<String> departements = new ArrayList<>();
    public List<String> sectors = new ArrayList<>();
    @Column(name = "use_cases")
    public List<String> useCases = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public List<PartnerOffer> offers = new ArrayList<>();
    @Column(name = "first_test_min_months")
    public Integer firstTestMinMonths;
    @Column(name = "first_test_max_months")
    public Integer firstTestMaxMonths;
    public String website;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_phone")
    public String contactPhone;
    public boolean verified;
    /** What the public reads: null until published, and again once archived. */
    @JdbcTypeCode(SqlTypes.JSON)
    public PartnerDocument published;
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
