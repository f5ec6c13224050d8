package fr.boussole.directory.service.aid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.commons.search.FacetValue;
import fr.boussole.directory.domain.AidType;
import fr.boussole.directory.mapping.FundingAidMapper;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.repository.FundingAidRepository;
import fr.boussole.directory.rest.dto.AidEligibility.Status;
import fr.boussole.directory.rest.dto.AidEligibility;
import fr.boussole.directory.rest.dto.AidSchemaRecord;
import fr.boussole.directory.rest.dto.AidSearchPage;
import fr.boussole.directory.rest.dto.CompanyProfile;
import fr.boussole.directory.rest.dto.EligibilityReport;
import fr.boussole.directory.rest.dto.FundingAidView;
import fr.boussole.directory.service.DirectorySearch;
import fr.boussole.directory.service.Geography;
import fr.boussole.directory.service.SearchIndex.EntryType;
import fr.boussole.directory.service.SearchIndex.Facet;
import fr.boussole.directory.service.SearchIndex;
import io.quarkus.panache.common.Sort;

/** Reads the funding aids and tells a company which ones it may get. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class FundingAidService {

    private static final Sort PRESENTATION_ORDER = Sort.by("position").and("id");

    /** The aids as last read, and what the table looked like then. */
    private record Snapshot(String stamp, List<FundingAid> aids, Map<String, FundingAid> byId) {
    }

    private final FundingAidRepository aids;
    private final EligibilityEngine engine;
    private final Geography geography;
    private final EntityManager entityManager;
    private final SearchIndex index;
    private volatile Snapshot snapshot;

    FundingAidService(FundingAidRepository aids, EligibilityEngine engine, Geography geography,
            EntityManager entityManager, SearchIndex index) {
        this.aids = aids;
        this.engine = engine;
        this.geography = geography;
        this.entityManager = entityManager;
        this.index = index;
    }

    /**
     * Full text in the caller's language (the name weighs most, then the description and carriers, then the
     * conditions), filters and facets; without words, in the guide's order. An aid naming no area is offered all
     * over France.
     */
    public AidSearchPage search(String text, Set<AidType> aidTypes, Set<String> regions, String departement,
            DirectorySearch.Order order, Language language, PageParams paging) {
        geography.requireKnown(regions, departement);
        Map<Facet, Set<String>> wanted = new EnumMap<>(Facet.class);
        wanted.put(Facet.AID_TYPE, aidTypes.stream().map(Enum::name).collect(Collectors.toSet()));
        wanted.put(Facet.REGION, regions);
        SearchIndex.Results results = index.search(new DirectorySearch(EntryType.AID, text, language, wanted,
                departement, order), paging.offset(), paging.size);
        Map<String, FundingAid> byId = currentAids().byId();
        List<FundingAidView> items = results.ids().stream()
                .map(id -> FundingAidMapper.view(byId.get(id), language)).toList();
        return new AidSearchPage(items, paging.page, paging.size, results.total(),
                Page.pageCount(results.total(), paging.size),
                new AidSearchPage.Facets(FacetValue.ranked(results.facets().get(Facet.AID_TYPE)),
                        FacetValue.ranked(results.facets().get(Facet.REGION))));
    }

    /** Every aid in the data.gouv.fr "dispositif d'aide" schema, in the guide's order. */
    public List<AidSchemaRecord> export() {
        return aids.listAll(PRESENTATION_ORDER).stream().map(aid -> AidSchemaMapper.record(aid, geography)).toList();
    }

    public FundingAidView get(String id, Language language) {
        return aids.findByIdOptional(id).map(aid -> FundingAidMapper.view(aid, language))
                .orElseThrow(() -> ProblemException.notFound("funding aid", id));
    }

    /** Every aid judged against the profile, on its date or today; a page of them, optionally of one status. */
    public EligibilityReport eligibility(CompanyProfile profile, Status status, Language language,
            PageParams paging) {
        LocalDate asOf = profile.asOf() == null ? AidReviews.today() : profile.asOf();
        requireConsistent(profile, asOf);
        Snapshot current = currentAids();
        List<AidEligibility> judged = engine.judge(current.aids(), profile, asOf, language);
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status each : Status.values()) {
            counts.put(each, 0L);
        }
        judged.forEach(aid -> counts.merge(aid.status(), 1L, Long::sum));
        List<AidEligibility> asked = status == null ? judged
                : judged.stream().filter(aid -> aid.status() == status).toList();
        Page<AidEligibility> page = Page.slice(asked, paging);
        return EligibilityReport.of(asOf, counts,
                new Page<>(engine.word(page.items(), current.byId(), profile, asOf, language), page.page(),
                        page.size(), page.total()));
    }

    /**
     * Every aid, read again only when the table has changed since the last read (count, versions and last update
     * compared): eligibility is asked far more often than aids change, and several replicas stay correct.
     */
    private Snapshot currentAids() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT count(*), coalesce(sum(version), 0),"
                + " CAST(max(updated_at) AS text) FROM funding_aid").getSingleResult();
        String stamp = row[0] + "/" + row[1] + "/" + row[2];
        Snapshot current = snapshot;
        if (current == null || !current.stamp().equals(stamp)) {
            List<FundingAid> all = List.copyOf(aids.listAll(PRESENTATION_ORDER));
            current = new Snapshot(stamp, all, all.stream().collect(Collectors.toMap(aid -> aid.id, aid -> aid)));
            snapshot = current;
        }
        return current;
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
