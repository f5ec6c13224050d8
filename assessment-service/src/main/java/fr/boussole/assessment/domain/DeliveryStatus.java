package fr.boussole.assessment.domain;

/** Where a webhook delivery stands: waiting for its next attempt, delivered, or given up on. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
