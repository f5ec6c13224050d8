package fr.boussole.catalogue.repository;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partner site's public key to embed the catalogue: where it may be shown, and how. */
@Entity
@Table(name = "embed_key")
public class EmbedKey {

    @Id
    public String key;
    @Column(name = "partner_name")
    public String partnerName;
    /** Origins ({@code scheme://host[:port]}) whose pages may show the catalogue with this key. */
    @Column(name = "allowed_origins")
    public List<String> allowedOrigins;
    @Column(name = "brand_colour")
    public String brandColour;
    @Column(name = "logo_url")
    public String logoUrl;
    @Column(name = "default_sector")
    public String defaultSector;
    @Column(name = "default_function")
    public String defaultFunction;
    @Column(name = "default_language")
    public String defaultLanguage;
    public boolean active;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
