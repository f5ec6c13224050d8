package fr.boussole.directory.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.commons.workflow.Curation;
import fr.boussole.directory.mapping.FundingAidMapper;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.repository.FundingAidRepository;
import fr.boussole.directory.rest.dto.AidDraft;
import fr.boussole.directory.rest.dto.FundingAidView;

/**
 * Curators keep the aids and their eligibility rules right: rules are data, checked on write like every other
 * field. An aid a curator has written is no longer overwritten by the seed. Eligibility sees a change at once.
 */
@ApplicationScoped
@Transactional
public class FundingAidCuration {

    /** GET /aids/export is the export, not an aid. */
    private static final String RESERVED_ID = "export";

    private final FundingAidRepository aids;
    private final Geography geography;

    FundingAidCuration(FundingAidRepository aids, Geography geography) {
        this.aids = aids;
        this.geography = geography;
    }

    public FundingAidView create(AidDraft draft, String actor, Language language) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.id() == null) {
            errors.add(new FieldError("id", "must not be blank"));
        } else if (RESERVED_ID.equals(draft.id())) {
            errors.add(new FieldError("id", "'" + RESERVED_ID + "' names the export of the aids"));
        }
        requireValid(errors, draft);
        if (aids.findByIdOptional(draft.id()).isPresent()) {
            throw ProblemException.conflict("An aid with id '" + draft.id() + "' already exists");
        }
        FundingAid aid = new FundingAid();
        aid.id = draft.id();
        write(aid, draft, actor);
        aids.persist(aid);
        aids.flush();
        return FundingAidMapper.view(aid, language);
    }

    public FundingAidView replace(String id, String ifMatch, AidDraft draft, String actor, Language language) {
        FundingAid aid = aids.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("funding aid", id));
        EntityTags.requireIfMatch(ifMatch, aid.version);
        List<FieldError> errors = new ArrayList<>();
        if (draft.id() != null && !draft.id().equals(id)) {
            errors.add(new FieldError("id", "cannot change; create a new aid instead"));
        }
        requireValid(errors, draft);
        write(aid, draft, actor);
        try {
            aids.flush();
        } catch (OptimisticLockException concurrentWrite) {
            throw Curation.concurrentChange("aid '" + id + "'");
        }
        return FundingAidMapper.view(aid, language);
    }

    private static void write(FundingAid aid, AidDraft draft, String actor) {
        FundingAidMapper.apply(draft, aid);
        aid.curated = true;
        aid.updatedAt = Instant.now();
        aid.updatedBy = actor;
    }

    /** What bean validation cannot see: codes that must exist, and dates in order. */
    private void requireValid(List<FieldError> errors, AidDraft draft) {
        for (int i = 0; i < draft.regions().size(); i++) {
            if (!geography.isRegion(draft.regions().get(i))) {
                errors.add(new FieldError("regions[" + i + "]", "unknown INSEE region code"));
            }
        }
        for (int i = 0; i < draft.departements().size(); i++) {
            if (!geography.isDepartement(draft.departements().get(i))) {
                errors.add(new FieldError("departements[" + i + "]", "unknown INSEE département code"));
            }
        }
        if (draft.opensOn() != null && draft.closesOn() != null && draft.opensOn().isAfter(draft.closesOn())) {
            errors.add(new FieldError("closesOn", "must not be before opensOn"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                    errors);
        }
    }
}
