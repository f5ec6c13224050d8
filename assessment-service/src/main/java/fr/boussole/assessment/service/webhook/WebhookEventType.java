package fr.boussole.assessment.service.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What a CCI's CRM can subscribe to: each is sent to the CCIs that may read the assessment when it happens. */
public enum WebhookEventType {
    /** Submitted and scored: to the CCI whose advisor started it and to the CCI it is shared with. */
    ASSESSMENT_SUBMITTED("assessment.submitted"),
    /** The company shared it with a CCI: to that CCI. */
    ASSESSMENT_SHARED("assessment.shared"),
    /** The company withdrew its consent: to the CCI that lost it, which should forget what it copied. */
    ASSESSMENT_UNSHARED("assessment.unshared"),
    /** An advisor set or withdrew a level override. */
    ASSESSMENT_LEVEL_OVERRIDDEN("assessment.level_overridden"),
    /** Erased on the company's request (GDPR): CRMs must erase their copy too. */
    ASSESSMENT_ERASED("assessment.erased");

    private final String code;

    WebhookEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookEventType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
