package fr.boussole.commons.i18n;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code Accept-Language} header of an operation whose answer holds texts in a language
 * ({@code @BeanParam @Valid AcceptLanguage}): declared in the contract as the operation's own parameter, so generated
 * clients offer it, and the operation's answers then declare {@code Content-Language} (commons' ApiConventions).
 */
public class AcceptLanguage {

    /** Far longer than any browser's list of languages. */
    public static final int MAX_LENGTH = 200;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    @Size(max = MAX_LENGTH)
    @Parameter(description = "The languages the caller reads, as browsers send them (RFC 9110, q-values"
            + " honoured): English when it is preferred to French, French otherwise", example = "en")
    String header;

    /** The language of the answer. */
    public Language language() {
        return Language.ofHeader(header);
    }
}
