package fr.boussole.catalogue.mapping;

import java.time.Instant;
import java.util.List;

import fr.boussole.catalogue.repository.UseCase;
import fr.boussole.catalogue.rest.dto.Prerequisites;
import fr.boussole.catalogue.rest.dto.PublishedUseCase;
import fr.boussole.catalogue.rest.dto.SolutionTypeView;
import fr.boussole.catalogue.rest.dto.SourceRef;
import fr.boussole.catalogue.rest.dto.UseCaseSummary;
import fr.boussole.catalogue.rest.dto.UseCaseTexts;
import fr.boussole.catalogue.rest.dto.UseCaseView;
import fr.boussole.commons.i18n.Language;

/** Working copies to published documents, and published documents to what the public reads. */
public final class UseCaseMapper {

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
                useCase.sources.stream().map(source -> new SourceRef(source.title(), source.url())).toList());
    }

    public static UseCaseView view(PublishedUseCase document, Language language) {
        UseCaseTexts texts = document.texts(language);
        return new UseCaseView(document.slug(), texts.title(), texts.summary(), texts.body(), texts.benefits(),
                document.sectors(), document.functions(), document.transversal(), document.dataKinds(),
                document.solutionTypes().stream().map(SolutionTypeView::of).toList(), document.personalData(),
                document.criticalDomain(), texts.criticalRationale(), document.prerequisites(), document.sources(),
                document.version(), document.publishedAt());
    }

    public static UseCaseSummary summary(PublishedUseCase document, Language language) {
        UseCaseTexts texts = document.texts(language);
        return new UseCaseSummary(document.slug(), texts.title(), texts.summary(), document.sectors(),
                document.functions(), document.transversal(), document.dataKinds(), document.solutionTypes(),
                document.personalData(), document.criticalDomain());
    }
}
