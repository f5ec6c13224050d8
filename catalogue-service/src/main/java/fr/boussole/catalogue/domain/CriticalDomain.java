package fr.boussole.catalogue.domain;

/**
 * Domains where AI decisions directly affect people, which the guide calls critical: they need explicability and
 * bias control most.
 */
public enum CriticalDomain {
    HR, HEALTH, BANKING_CREDIT, JUSTICE
}
