package fr.boussole.directory.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.boussole.commons.workflow.CuratedEntity;
import fr.boussole.directory.domain.PartnerDocument;
import fr.boussole.directory.domain.PartnerOffer;

/** A partner's working copy, and the document the public reads since its last publication. */
@Entity
@Table(name = "partner")
public class Partner extends CuratedEntity {

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
}
