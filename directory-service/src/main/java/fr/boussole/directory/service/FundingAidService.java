package fr.boussole.directory.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.directory.mapping.FundingAidMapper;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.repository.FundingAidRepository;
import fr.boussole.directory.rest.dto.CompanyProfile;
import fr.boussole.directory.rest.dto.EligibilityReport;
import fr.boussole.directory.rest.dto.FundingAidView;
import io.quarkus.panache.common.Sort;

/** Reads the funding aids and tells a company which ones it may get. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class FundingAidService {

    private static final Sort PRESENTATION_ORDER = Sort.by("position").and("id");

    private final FundingAidRepository aids;
    private final EligibilityEngine engine;
    private final Geography geography;

    FundingAidService(FundingAidRepository aids, EligibilityEngine engine, Geography geography) {
        this.aids = aids;
        this.engine = engine;
        this.geography = geography;
    }

    public Page<FundingAidView> list(Language language, PageParams paging) {
        var query = aids.findAll(PRESENTATION_ORDER);
        return Page.of(query.page(paging.page, paging.size).list().stream()
                .map(aid -> FundingAidMapper.view(aid, language)).toList(), paging, query.count());
    }

    public FundingAidView get(String id, Language language) {
        return aids.findByIdOptional(id).map(aid -> FundingAidMapper.view(aid, language))
                .orElseThrow(() -> ProblemException.notFound("funding aid", id));
    }

    /** Every aid judged against the profile, on its date or today. */
    public EligibilityReport eligibility(CompanyProfile profile, Language language) {
        LocalDate asOf = profile.asOf() == null ? LocalDate.now() : profile.asOf();
        requireConsistent(profile, asOf);
        List<FundingAid> all = aids.listAll(PRESENTATION_ORDER);
        return new EligibilityReport(asOf, engine.judge(all, profile, asOf, language));
    }

    /** What bean validation cannot see: codes that do not exist, and facts that contradict each other. */
    private void requireConsistent(CompanyProfile profile, LocalDate asOf) {
        List<FieldError> errors = new ArrayList<>();
        if (profile.region() != null && !geography.isRegion(profile.region())) {
            errors.add(new FieldError("region", "unknown INSEE region code '" + profile.region() + "'"));
        }
        if (profile.departement() != null) {
            var region = geography.regionOf(profile.departement());
            if (region.isEmpty()) {
                errors.add(new FieldError("departement", "unknown INSEE département code '"
                        + profile.departement() + "'"));
            } else if (profile.region() != null && !region.get().equals(profile.region())) {
                errors.add(new FieldError("region", "département " + profile.departement() + " is in region "
                        + region.get() + ", not " + profile.region()));
            }
        }
        if (profile.createdOn() != null && profile.createdOn().isAfter(asOf)) {
            errors.add(new FieldError("createdOn", "must not be after " + asOf));
        }
        if (profile.lastInnovationAidOn() != null && profile.lastInnovationAidOn().isAfter(asOf)) {
            errors.add(new FieldError("lastInnovationAidOn", "must not be after " + asOf));
        }
        if (profile.lastInnovationAidOn() != null && Boolean.FALSE.equals(profile.everReceivedInnovationAid())) {
            errors.add(new FieldError("everReceivedInnovationAid",
                    "contradicts lastInnovationAidOn: a company with an innovation aid has received one"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                    errors);
        }
    }
}
