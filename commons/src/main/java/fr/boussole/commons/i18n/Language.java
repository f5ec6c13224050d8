package fr.boussole.commons.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages content exists in. French is the default; {@code Accept-Language} picks English when the caller
 * prefers it to French.
 */
public enum Language {
    FR, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
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
