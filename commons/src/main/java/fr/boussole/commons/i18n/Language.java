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

    /** The caller's language, from an {@code Accept-Language} value; French when it names neither or is malformed. */
    public static Language ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FR;
        }
        try {
            // parse sorts the ranges by weight, highest first; a weight of 0 means "not this one"
            return preferred(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException malformed) {
            return FR;
        }
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
