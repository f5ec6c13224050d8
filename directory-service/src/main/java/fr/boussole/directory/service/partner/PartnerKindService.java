package fr.boussole.directory.service.partner;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.directory.domain.PartnerKindCategory;
import fr.boussole.directory.mapping.PartnerKindMapper;
import fr.boussole.directory.repository.PartnerKind;
import fr.boussole.directory.repository.PartnerKindRepository;
import fr.boussole.directory.rest.dto.PartnerKindDetails;
import fr.boussole.directory.rest.dto.PartnerKindSummary;
import fr.boussole.directory.rest.dto.PartnerKindUpdate;

/** Reads and curates the partner kinds and information channels. */
@ApplicationScoped
@Transactional
public class PartnerKindService {

    private final PartnerKindRepository kinds;

    PartnerKindService(PartnerKindRepository kinds) {
        this.kinds = kinds;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<PartnerKindSummary> list(PartnerKindCategory category, Language language, PageParams paging) {
        return Page.slice(kinds.listInGuideOrder(category), paging)
                .map(kind -> PartnerKindMapper.summary(kind, language));
    }

    @Transactional(TxType.SUPPORTS)
    public PartnerKindDetails get(String code, Language language) {
        return PartnerKindMapper.details(find(code), language);
    }

    /**
     * Replaces the wording and time to a first test of a kind, provided {@code ifMatch} names its current version.
     * A change marks the kind as curated, so the seed no longer overwrites it.
     */
    public PartnerKindDetails update(String code, String ifMatch, PartnerKindUpdate update, String editor,
            Language language) {
        if (update.firstTest() != null && update.firstTest().minMonths() > update.firstTest().maxMonths()) {
            throw ProblemException.invalid("firstTest.maxMonths", "must be at least firstTest.minMonths");
        }
        PartnerKind kind = find(code);
        EntityTags.requireIfMatch(ifMatch, kind.version);
        if (PartnerKindMapper.apply(update, kind)) {
            kind.curated = true;
            kind.updatedAt = Instant.now();
            kind.updatedBy = editor;
            try {
                kinds.flush();
            } catch (OptimisticLockException concurrentWrite) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "The partner kind was changed by someone else at the same time; read it again and retry");
            }
        }
        return PartnerKindMapper.details(kind, language);
    }

    private PartnerKind find(String code) {
        return kinds.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("partner kind", code));
    }
}
