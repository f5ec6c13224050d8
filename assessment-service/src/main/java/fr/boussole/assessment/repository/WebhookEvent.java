package fr.boussole.assessment.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

/** An outbox row: one thing that happened to an assessment, as the JSON body its receivers get. */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    public String id;
    public String type;
    public String cci;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode payload;
    @Column(name = "created_at")
    public Instant createdAt;
}
