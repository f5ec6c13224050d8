package fr.boussole.commons.security;

/** Custom claims of the suite's access tokens, mapped from Keycloak user attributes. */
public final class Claims {

    /** The CCI an advisor or CRM belongs to, e.g. {@code cci-paris-idf}. */
    public static final String CCI = "cci";
    /** The SIREN of an SME user's company. */
    public static final String SIREN = "siren";
    /** The audience every API token must carry. */
    public static final String API_AUDIENCE = "boussole-api";

    private Claims() {
    }
}
