package fr.boussole.catalogue.mapping;

import fr.boussole.catalogue.repository.TaxonomyTerm;
import fr.boussole.catalogue.rest.dto.TermDetails;
import fr.boussole.catalogue.rest.dto.TermExport;
import fr.boussole.catalogue.rest.dto.TermSummary;
import fr.boussole.catalogue.rest.dto.TermText;
import fr.boussole.catalogue.rest.dto.TermTranslations;
import fr.boussole.commons.i18n.Language;

/** Entities to API records and back. */
public final class TaxonomyMapper {

    private TaxonomyMapper() {
    }

    public static TermSummary summary(TaxonomyTerm term, Language language, long useCaseCount) {
        TermText text = text(term, language);
        return new TermSummary(term.code, text.name(), text.description(), term.position, useCaseCount);
    }

    public static TermDetails details(TaxonomyTerm term, Language language) {
        TermText text = text(term, language);
        return new TermDetails(term.code, text.name(), text.description(), term.position,
                new TermTranslations(text(term, Language.FR), text(term, Language.EN)), term.version,
                term.updatedAt);
    }

    public static TermExport export(TaxonomyTerm term) {
        return new TermExport(term.code, term.position,
                new TermTranslations(text(term, Language.FR), text(term, Language.EN)));
    }

    /** @return whether anything changed */
    public static boolean apply(TermTranslations translations, TaxonomyTerm term) {
        boolean changed = !translations.equals(new TermTranslations(text(term, Language.FR), text(term, Language.EN)));
        term.nameFr = translations.fr().name();
        term.descriptionFr = translations.fr().description();
        term.nameEn = translations.en().name();
        term.descriptionEn = translations.en().description();
        return changed;
    }

    private static TermText text(TaxonomyTerm term, Language language) {
        return switch (language) {
            case FR -> new TermText(term.nameFr, term.descriptionFr);
            case EN -> new TermText(term.nameEn, term.descriptionEn);
        };
    }
}
