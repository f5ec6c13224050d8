package fr.boussole.catalogue.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.boussole.catalogue.domain.AiActClassification;
import fr.boussole.catalogue.domain.Prerequisites;
import fr.boussole.catalogue.domain.PublishedUseCase;
import fr.boussole.catalogue.domain.SourceRef;
import fr.boussole.catalogue.domain.UseCaseTexts;
import fr.boussole.catalogue.repository.UseCase;
import fr.boussole.catalogue.rest.dto.CuratedUseCase;
import fr.boussole.catalogue.rest.dto.CuratedUseCaseSummary;
import fr.boussole.catalogue.rest.dto.SolutionTypeView;
import fr.boussole.catalogue.rest.dto.UseCaseDraft;
import fr.boussole.catalogue.rest.dto.UseCaseAiAct;
import fr.boussole.catalogue.rest.dto.UseCaseSummary;
import fr.boussole.catalogue.rest.dto.UseCaseTranslations;
import fr.boussole.catalogue.rest.dto.UseCaseView;
import fr.boussole.commons.i18n.Language;

/** Working copies to published documents, and published documents to what the public reads. */
public final class UseCaseMapper {

    /** The day a classification is checked on, when the curator does not say, is the curators' today. */
    private static final ZoneId CURATORS_ZONE = ZoneId.of("Europe/Paris");

    private UseCaseMapper() {
    }

    public static PublishedUseCase document(UseCase useCase, Instant publishedAt) {
        return new PublishedUseCase(useCase.slug, useCase.version, publishedAt,
                new UseCaseTexts(useCase.titleFr, useCase.summaryFr, useCase.bodyFr, List.copyOf(useCase.benefitsFr),
                        useCase.criticalRationaleFr),
                new UseCaseTexts(useCase.titleEn, useCase.summaryEn, useCase.bodyEn, List.copyOf(useCase.benefitsEn),
                        useCase.criticalRationaleEn),
                List.copyOf(useCase.sectors), List.copyOf(useCase.functions), useCase.transversal,
                List.copyOf(useCase.dataKinds), List.copyOf(useCase.solutionTypes), useCase.personalData,
                useCase.criticalDomain,
                new Prerequisites(useCase.prerequisiteData, useCase.prerequisiteSkills, useCase.prerequisiteFunding,
                        useCase.prerequisiteStrategy, useCase.prerequisiteEthics),
                useCase.sources.stream().map(source -> new SourceRef(source.title(), source.url())).toList(),
                useCase.aiActCategory == null ? null : new AiActClassification(useCase.aiActCategory,
                        useCase.aiActReasoningFr, useCase.aiActReasoningEn, useCase.aiActCheckedOn));
    }

    /** The working copy as a curator sees it. */
    public static CuratedUseCase curated(UseCase useCase) {
        UseCaseDraft content = content(useCase);
        return new CuratedUseCase(useCase.slug, useCase.status, useCase.version, content.translations(),
                content.sectors(), content.functions(), content.transversal(), content.dataKinds(),
                content.solutionTypes(), content.personalData(), content.criticalDomain(), content.prerequisites(),
                content.sources(), content.aiAct(), useCase.createdAt, useCase.createdBy, useCase.updatedAt, useCase.lastEditor,
                useCase.publishedAt, useCase.publishedBy);
    }

    public static CuratedUseCaseSummary curatedSummary(UseCase useCase) {
        return new CuratedUseCaseSummary(useCase.slug, useCase.status, useCase.titleFr, useCase.version,
                useCase.updatedAt, useCase.lastEditor);
    }

    /** What a curator edits, read back from the working copy (without the slug, which never changes). */
    public static UseCaseDraft content(UseCase useCase) {
        PublishedUseCase document = document(useCase, null);
        return new UseCaseDraft(null, new UseCaseTranslations(document.fr(), document.en()), document.sectors(),
                document.functions(), document.transversal(), document.dataKinds(), document.solutionTypes(),
                document.personalData(), document.criticalDomain(), document.prerequisites(), document.sources(),
                document.aiAct());
    }

    /** Writes a curator's content into the working copy; a missing list is an empty one. */
    public static void apply(UseCaseDraft draft, UseCase useCase) {
        UseCaseTexts fr = draft.translations().fr();
        UseCaseTexts en = draft.translations().en() == null ? new UseCaseTexts(null, null, null, null, null)
                : draft.translations().en();
        useCase.titleFr = fr.title();
        useCase.summaryFr = fr.summary();
        useCase.bodyFr = fr.body();
        useCase.benefitsFr = orEmpty(fr.benefits());
        useCase.criticalRationaleFr = fr.criticalRationale();
        useCase.titleEn = en.title();
        useCase.summaryEn = en.summary();
        useCase.bodyEn = en.body();
        useCase.benefitsEn = orEmpty(en.benefits());
        useCase.criticalRationaleEn = en.criticalRationale();
        useCase.sectors = orEmpty(draft.sectors());
        useCase.functions = orEmpty(draft.functions());
        useCase.transversal = draft.transversal();
        useCase.dataKinds = orEmpty(draft.dataKinds());
        useCase.solutionTypes = orEmpty(draft.solutionTypes());
        useCase.personalData = draft.personalData();
        useCase.criticalDomain = draft.criticalDomain();
        useCase.prerequisiteData = draft.prerequisites().data();
        useCase.prerequisiteSkills = draft.prerequisites().skills();
        useCase.prerequisiteFunding = draft.prerequisites().funding();
        useCase.prerequisiteStrategy = draft.prerequisites().strategy();
        useCase.prerequisiteEthics = draft.prerequisites().ethics();
        useCase.sources = orEmpty(draft.sources()).stream()
                .map(source -> new UseCase.Source(source.title(), source.url())).toList();
        AiActClassification aiAct = draft.aiAct();
        useCase.aiActCategory = aiAct == null ? null : aiAct.category();
        useCase.aiActReasoningFr = aiAct == null ? null : aiAct.reasoningFr();
        useCase.aiActReasoningEn = aiAct == null ? null : aiAct.reasoningEn();
        useCase.aiActCheckedOn = aiAct == null ? null
                : aiAct.checkedOn() != null ? aiAct.checkedOn() : LocalDate.now(CURATORS_ZONE);
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public static UseCaseView view(PublishedUseCase document, UseCaseAiAct aiAct, Language language) {
        UseCaseTexts texts = document.texts(language);
        return new UseCaseView(document.slug(), texts.title(), texts.summary(), texts.body(), texts.benefits(),
                document.sectors(), document.functions(), document.transversal(), document.dataKinds(),
                document.solutionTypes().stream().map(SolutionTypeView::of).toList(), document.personalData(),
                document.criticalDomain(), texts.criticalRationale(), document.prerequisites(), document.sources(),
                aiAct, document.version(), document.publishedAt());
    }

    public static UseCaseSummary summary(PublishedUseCase document, UseCaseAiAct aiAct, Language language) {
        UseCaseTexts texts = document.texts(language);
        return new UseCaseSummary(document.slug(), texts.title(), texts.summary(), document.sectors(),
                document.functions(), document.transversal(), document.dataKinds(), document.solutionTypes(),
                document.personalData(), document.criticalDomain(), document.prerequisites(), aiAct);
    }
}
