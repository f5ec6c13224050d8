package fr.boussole.directory.domain;

/**
 * The guide's eight criteria to choose a partner. Every score reads the same way: 5 is the most favourable to the
 * SME (the needs best covered, the lowest total cost, the least internal team needed, the most trust...).
 */
public enum SelectionCriterion {
    /** Coverage of the business needs. */
    BUSINESS_NEEDS("business_needs"),
    /** Total cost of implementation and maintenance. */
    TOTAL_COST("total_cost"),
    /** Need for an internal project team (5: little needed). */
    INTERNAL_TEAM("internal_team"),
    /** Trust felt by the business experts and the project team. */
    TRUST("trust"),
    /** Reputation and client portfolio. */
    REPUTATION("reputation"),
    /** Ability to talk with existing clients. */
    CLIENT_REFERENCES("client_references"),
    /** Quality of the offer. */
    OFFER_QUALITY("offer_quality"),
    /** Training offered. */
    TRAINING("training");

    private final String column;

    SelectionCriterion(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
