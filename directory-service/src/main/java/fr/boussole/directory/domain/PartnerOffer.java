package fr.boussole.directory.domain;

/** What a partner offers besides its solution or expertise. */
public enum PartnerOffer {
    /** Training of the SME's staff. */
    TRAINING,
    /** Support with change management, ethics included. */
    CHANGE_MANAGEMENT,
    /** A diagnosis of the company's readiness or of an idea. */
    DIAGNOSIS,
    /** A proof of concept or pilot before any larger project. */
    PROOF_OF_CONCEPT,
    /** Integration into the company's systems. */
    INTEGRATION,
    /** Help to find and apply for funding. */
    FUNDING_GUIDANCE
}
