package fr.boussole.commons.security;

/** Realm roles of the {@code boussole} Keycloak realm (see PRODUCT.md, "Roles"). */
public final class Roles {

    /** A company user; its token carries the {@code siren} claim. */
    public static final String SME = "sme";
    /** A CCI advisor; its token carries the {@code cci} claim. */
    public static final String ADVISOR = "advisor";
    /** Content team: drafts, reviews and publishes catalogue and directory content. */
    public static final String CURATOR = "curator";
    /** Operators. */
    public static final String ADMIN = "admin";
    /** Service account of a CCI's CRM; its token carries the {@code cci} claim. */
    public static final String CRM = "crm";

    private Roles() {
    }
}
