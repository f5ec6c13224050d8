package fr.boussole.commons.i18n;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * The languages content exists in. French is the default; {@code Accept-Language} picks English when the caller
 * prefers it to French.
 */
public enum Language {
    FR, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The caller's language, from {@code Accept-Language}. */
    public static Language of(HttpHeaders headers) {
        return preferred(headers.getAcceptableLanguages());
    }

    /** Says which language an answer is in, and that it depends on {@code Accept-Language}. */
    public <T> RestResponse.ResponseBuilder<T> label(RestResponse.ResponseBuilder<T> answer) {
        return answer.header(HttpHeaders.CONTENT_LANGUAGE, code()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** The first supported language of the caller's preferences, which JAX-RS gives sorted by quality. */
    public static Language preferred(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("en".equalsIgnoreCase(language)) {
                return EN;
            }
            if ("fr".equalsIgnoreCase(language)) {
                return FR;
            }
        }
        return FR;
    }
}
