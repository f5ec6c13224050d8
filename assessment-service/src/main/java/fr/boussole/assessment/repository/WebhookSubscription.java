package fr.boussole.assessment.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A CCI's CRM endpoint and the events it wants; the secrets are stored encrypted. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    public UUID id;
    public String cci;
    public String url;
    public String description;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> events;
    public String secret;
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    /** Whether the secret before the last rotation still signs at this instant. */
    public boolean previousSecretSignsAt(Instant instant) {
        return previousSecret != null && previousSecretUntil != null && instant.isBefore(previousSecretUntil);
    }
}
