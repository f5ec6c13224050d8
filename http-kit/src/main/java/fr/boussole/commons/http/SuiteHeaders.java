package fr.boussole.commons.http;

/** The request headers of the suite's own making, named once for the services and the gateway. */
public final class SuiteHeaders {

    /** Reaches an anonymous self-assessment: the secret given when it was started. */
    public static final String RESUME_TOKEN = "X-Resume-Token";

    private SuiteHeaders() {
    }
}
