package fr.boussole.directory.mapping;

import java.util.Objects;

import fr.boussole.commons.i18n.Language;
import fr.boussole.directory.domain.MonthRange;
import fr.boussole.directory.repository.PartnerKind;
import fr.boussole.directory.rest.dto.KindText;
import fr.boussole.directory.rest.dto.KindTranslations;
import fr.boussole.directory.rest.dto.PartnerKindDetails;
import fr.boussole.directory.rest.dto.PartnerKindSummary;
import fr.boussole.directory.rest.dto.PartnerKindUpdate;

/** Entities to API records and back. */
public final class PartnerKindMapper {

    private PartnerKindMapper() {
    }

    public static PartnerKindSummary summary(PartnerKind kind, Language language) {
        KindText text = text(kind, language);
        return new PartnerKindSummary(kind.code, kind.category, text.name(), text.description(), firstTest(kind),
                kind.position);
    }

    public static PartnerKindDetails details(PartnerKind kind, Language language) {
        KindText text = text(kind, language);
        return new PartnerKindDetails(kind.code, kind.category, text.name(), text.description(), firstTest(kind),
                kind.position, new KindTranslations(text(kind, Language.FR), text(kind, Language.EN)), kind.version,
                kind.updatedAt);
    }

    /** @return whether anything changed */
    public static boolean apply(PartnerKindUpdate update, PartnerKind kind) {
        boolean changed = !update.translations().equals(new KindTranslations(text(kind, Language.FR),
                text(kind, Language.EN))) || !Objects.equals(update.firstTest(), firstTest(kind));
        kind.nameFr = update.translations().fr().name();
        kind.descriptionFr = update.translations().fr().description();
        kind.nameEn = update.translations().en().name();
        kind.descriptionEn = update.translations().en().description();
        kind.firstTestMinMonths = update.firstTest() == null ? null : update.firstTest().minMonths();
        kind.firstTestMaxMonths = update.firstTest() == null ? null : update.firstTest().maxMonths();
        return changed;
    }

    private static MonthRange firstTest(PartnerKind kind) {
        return kind.firstTestMinMonths == null ? null
                : new MonthRange(kind.firstTestMinMonths, kind.firstTestMaxMonths);
    }

    private static KindText text(PartnerKind kind, Language language) {
        return switch (language) {
            case FR -> new KindText(kind.nameFr, kind.descriptionFr);
            case EN -> new KindText(kind.nameEn, kind.descriptionEn);
        };
    }
}
