package fr.boussole.assessment.scoring;

import fr.boussole.commons.i18n.Language;

/** A text in the two languages of the suite; {@code en} may be null only where {@code fr} is too. */
public record LocalizedText(String fr, String en) {

    public String in(Language language) {
        return language == Language.EN ? en : fr;
    }
}
