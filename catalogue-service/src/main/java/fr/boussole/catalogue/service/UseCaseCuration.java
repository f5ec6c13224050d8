package fr.boussole.catalogue.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.domain.UseCaseTexts;
import fr.boussole.catalogue.mapping.UseCaseMapper;
import fr.boussole.catalogue.repository.UseCase;
import fr.boussole.catalogue.repository.UseCaseHistory;
import fr.boussole.catalogue.repository.UseCaseHistoryEntry;
import fr.boussole.catalogue.repository.UseCasePublications;
import fr.boussole.catalogue.repository.UseCaseRepository;
import fr.boussole.catalogue.rest.dto.CuratedUseCase;
import fr.boussole.catalogue.rest.dto.CuratedUseCaseSummary;
import fr.boussole.catalogue.rest.dto.UseCaseDraft;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.workflow.CurationWorkflow;

/**
 * The curators' workflow for use cases (see {@link CurationWorkflow}). A draft may refer only to existing sectors
 * and business functions; publishing copies the working copy to the public catalogue, archiving withdraws it.
 */
@ApplicationScoped
public class UseCaseCuration
        extends CurationWorkflow<UseCase, UseCaseHistoryEntry, UseCaseDraft, CuratedUseCase, CuratedUseCaseSummary> {

    private final UseCasePublications publications;
    private final TaxonomyService taxonomy;

    UseCaseCuration(UseCaseRepository useCases, UseCasePublications publications, UseCaseHistory history,
            TaxonomyService taxonomy, ObjectMapper mapper) {
        super("use case", useCases, history, mapper, new Mapping<>(UseCase::new, UseCaseHistoryEntry::new,
                UseCaseDraft::slug, UseCaseMapper::apply, UseCaseMapper::content, UseCaseMapper::curated,
                UseCaseMapper::curatedSummary));
        this.publications = publications;
        this.taxonomy = taxonomy;
    }

    @Override
    protected List<FieldError> missingForPublication(UseCase useCase) {
        return missingIn(UseCaseMapper.content(useCase));
    }

    @Override
    protected void publish(UseCase useCase, Instant at) {
        publications.publish(UseCaseMapper.document(useCase, at));
    }

    @Override
    protected void withdraw(UseCase useCase) {
        publications.unpublish(useCase.slug);
    }

    /** What bean validation cannot see: references to sectors and functions, and rules across fields. */
    @Override
    protected void check(UseCaseDraft draft, List<FieldError> errors) {
        if (blank(draft.translations().fr().title())) {
            errors.add(new FieldError("translations.fr.title", "must not be blank"));
        }
        unknown("sectors", draft.sectors(), taxonomy.codes(Taxonomy.SECTOR), errors);
        unknown("functions", draft.functions(), taxonomy.codes(Taxonomy.BUSINESS_FUNCTION), errors);
        if (draft.transversal() && draft.sectors() != null && !draft.sectors().isEmpty()) {
            errors.add(new FieldError("sectors", "must be empty for a transversal use case, which fits every sector"));
        }
    }

    private static void unknown(String field, List<String> codes, List<String> known, List<FieldError> errors) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) != null && !known.contains(codes.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "unknown code '" + codes.get(i) + "'; one of "
                        + String.join(", ", known)));
            }
        }
    }

    /**
     * What the public needs: both languages, where it applies, what it needs, why a critical domain is one, and its
     * AI Act category.
     */
    private static List<FieldError> missingIn(UseCaseDraft content) {
        List<FieldError> missing = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            UseCaseTexts texts = "fr".equals(language) ? content.translations().fr() : content.translations().en();
            String prefix = "translations." + language + ".";
            if (blank(texts.title())) {
                missing.add(new FieldError(prefix + "title", "is needed to publish"));
            }
            if (blank(texts.summary())) {
                missing.add(new FieldError(prefix + "summary", "is needed to publish"));
            }
            if (blank(texts.body())) {
                missing.add(new FieldError(prefix + "body", "is needed to publish"));
            }
            if (content.criticalDomain() != null && blank(texts.criticalRationale())) {
                missing.add(new FieldError(prefix + "criticalRationale", "is needed to publish a use case of a"
                        + " critical domain"));
            }
        }
        if (content.functions().isEmpty()) {
            missing.add(new FieldError("functions", "at least one is needed to publish"));
        }
        if (!content.transversal() && content.sectors().isEmpty()) {
            missing.add(new FieldError("sectors", "at least one is needed to publish, unless the use case is"
                    + " transversal"));
        }
        if (content.dataKinds().isEmpty()) {
            missing.add(new FieldError("dataKinds", "at least one is needed to publish"));
        }
        if (content.solutionTypes().isEmpty()) {
            missing.add(new FieldError("solutionTypes", "at least one is needed to publish"));
        }
        if (content.aiAct() == null) {
            missing.add(new FieldError("aiAct", "its AI Act category and why are needed to publish: an SME must know"
                    + " what the AI Act asks of it"));
        } else if (blank(content.aiAct().reasoningEn())) {
            missing.add(new FieldError("aiAct.reasoningEn", "is needed to publish"));
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
