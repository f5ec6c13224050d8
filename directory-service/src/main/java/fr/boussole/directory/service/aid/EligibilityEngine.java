package fr.boussole.directory.service.aid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import fr.boussole.commons.i18n.Language;
import fr.boussole.directory.domain.AidTerms;
import fr.boussole.directory.domain.EligibilityRules;
import fr.boussole.directory.domain.Range;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.rest.dto.AidEligibility.Status;
import fr.boussole.directory.rest.dto.AidEligibility;
import fr.boussole.directory.rest.dto.CompanyProfile;
import fr.boussole.directory.rest.dto.RuleCheck.Outcome;
import fr.boussole.directory.rest.dto.RuleCheck;
import fr.boussole.directory.service.Geography;

/**
 * Applies each aid's rules to a company profile. A rule is met, failed, or unknown when the profile lacks the
 * fact it needs; one failure makes the aid not eligible, unknowns alone make it partially eligible, and a closed
 * aid is expired whatever the rest. Pure computation over aids already in memory: no database access.
 */
@ApplicationScoped
public class EligibilityEngine {

    /** Best news first: eligible, then partially eligible with the fewest unknowns, not eligible, expired. */
    static final Comparator<Judged> USEFUL_ORDER = Comparator
            .comparing((Judged judged) -> judged.result().status())
            .thenComparingInt(judged -> judged.result().unknownFacts() == null ? 0
                    : judged.result().unknownFacts().size())
            .thenComparingInt(Judged::position)
            .thenComparing(judged -> judged.result().aidId());

    /** A judged aid with what orders it. */
    record Judged(AidEligibility result, int position) {
    }

    private final Geography geography;

    EligibilityEngine(Geography geography) {
        this.geography = geography;
    }

    /**
     * Every aid judged, in {@link #USEFUL_ORDER}, without the wording of the checks (see {@link #word}). The
     * profile is assumed valid.
     */
    public List<AidEligibility> judge(List<FundingAid> aids, CompanyProfile profile, LocalDate asOf,
            Language language) {
        String region = regionOf(profile);
        return aids.stream()
                .map(aid -> new Judged(judge(aid, profile, region, asOf, language, false), aid.position))
                .sorted(USEFUL_ORDER)
                .map(Judged::result)
                .toList();
    }

    /** The same aids judged again, every check worded in the request's language: for the page shown. */
    public List<AidEligibility> word(List<AidEligibility> judged, Map<String, FundingAid> aids,
            CompanyProfile profile, LocalDate asOf, Language language) {
        String region = regionOf(profile);
        return judged.stream()
                .map(result -> judge(aids.get(result.aidId()), profile, region, asOf, language, true))
                .toList();
    }

    /** One aid judged, worded. */
    AidEligibility judge(FundingAid aid, CompanyProfile profile, LocalDate asOf, Language language) {
        return judge(aid, profile, regionOf(profile), asOf, language, true);
    }

    private String regionOf(CompanyProfile profile) {
        return profile.region() != null ? profile.region()
                : profile.departement() == null ? null : geography.regionOf(profile.departement()).orElse(null);
    }

    private AidEligibility judge(FundingAid aid, CompanyProfile profile, String region, LocalDate asOf,
            Language language, boolean worded) {
        Checks checks = new Checks(language, worded);
        AidTerms terms = termsOn(aid, asOf);
        EligibilityRules rules = terms.rules();
        if (terms.until() != null) {
            checks.met("terms", () -> "Conditions en vigueur avant le " + terms.until(),
                    () -> "Terms in force before " + terms.until());
        }
        boolean expired = aid.closesOn != null && aid.closesOn.isBefore(asOf);
        validity(aid, asOf, checks);
        zone(aid, profile.departement(), region, checks);
        range("employees", "employees", rules.employees(), toLong(profile.employees()),
                "salariés", "employees", checks);
        range("revenueEur", "revenueEur", rules.revenueEur(), profile.revenueEur(), "€ de chiffre d'affaires",
                "€ of revenue", checks);
        range("companyAgeMonths", "createdOn", rules.companyAgeMonths(), profile.createdOn() == null ? null
                : ChronoUnit.MONTHS.between(profile.createdOn(), asOf), "mois d'existence", "months of existence",
                checks);
        activity(rules, profile.naf(), checks);
        innovationAid(rules, profile, asOf, checks);
        if (rules.innovativeProjectRequired()) {
            if (profile.innovativeProject() == null) {
                checks.unknown("innovativeProject", "innovativeProject", () -> "Un projet innovant est demandé",
                        () -> "An innovative project is required");
            } else if (profile.innovativeProject()) {
                checks.met("innovativeProject", () -> "Projet innovant", () -> "Innovative project");
            } else {
                checks.failed("innovativeProject", () -> "Réservée aux projets innovants",
                        () -> "Only for innovative projects");
            }
        }

        List<RuleCheck> failed = checks.all.stream().filter(check -> check.outcome() == Outcome.FAILED).toList();
        Status status = expired ? Status.EXPIRED
                : !failed.isEmpty() ? Status.NOT_ELIGIBLE
                        : !checks.unknownFacts.isEmpty() ? Status.PARTIALLY_ELIGIBLE : Status.ELIGIBLE;
        return new AidEligibility(aid.id, language == Language.FR ? aid.nameFr : aid.nameEn, status,
                status == Status.PARTIALLY_ELIGIBLE ? List.copyOf(checks.unknownFacts) : null,
                status == Status.NOT_ELIGIBLE ? failed : null,
                List.copyOf(checks.all),
                language == Language.FR ? aid.conditionsFr : aid.conditionsEn,
                terms.ratePercent(), terms.maxAmountEur(), aid.sourceUrl, aid.checkedOn, aid.confidence);
    }

    /**
     * The terms the aid stood under on {@code asOf}: the oldest earlier terms still running that day, or today's
     * (whose {@code until} is none).
     */
    static AidTerms termsOn(FundingAid aid, LocalDate asOf) {
        if (aid.earlierTerms != null) {
            for (AidTerms earlier : aid.earlierTerms) {
                if (asOf.isBefore(earlier.until())) {
                    return earlier;
                }
            }
        }
        return new AidTerms(null, aid.rules, aid.ratePercent, aid.maxAmountEur);
    }

    private static void validity(FundingAid aid, LocalDate asOf, Checks checks) {
        if (aid.closesOn != null && aid.closesOn.isBefore(asOf)) {
            checks.failed("validity", () -> "Fermée depuis le " + aid.closesOn,
                    () -> "Closed since " + aid.closesOn);
        } else if (aid.opensOn != null && aid.opensOn.isAfter(asOf)) {
            checks.failed("validity", () -> "Ouvre le " + aid.opensOn, () -> "Opens on " + aid.opensOn);
        } else if (aid.opensOn != null || aid.closesOn != null) {
            checks.met("validity", () -> aid.closesOn == null ? "Ouverte" : "Ouverte jusqu'au " + aid.closesOn,
                    () -> aid.closesOn == null ? "Open" : "Open until " + aid.closesOn);
        }
    }

    /** Offered in the company's département, or in its whole region. */
    private void zone(FundingAid aid, String departement, String region, Checks checks) {
        List<String> regions = aid.regions == null ? List.of() : aid.regions;
        List<String> departements = aid.departements == null ? List.of() : aid.departements;
        if (regions.isEmpty() && departements.isEmpty()) {
            return;
        }
        Supplier<String> where = () -> String.join(", ", concat(regions, departements));
        if ((departement != null && departements.contains(departement))
                || (region != null && regions.contains(region))) {
            checks.met("zone", () -> "Proposée sur votre territoire", () -> "Offered where you are");
        } else if (departement != null || (region != null && departements.stream()
                .noneMatch(code -> region.equals(geography.regionOf(code).orElse(null))))) {
            checks.failed("zone", () -> "Réservée au territoire " + where.get(), () -> "Only for area " + where.get());
        } else {
            checks.unknown("zone", region == null ? "region" : "departement",
                    () -> "Réservée au territoire " + where.get(), () -> "Only for area " + where.get());
        }
    }

    private static void range(String rule, String fact, Range range, Long value, String unitFr, String unitEn,
            Checks checks) {
        if (range == null || (range.min() == null && range.max() == null)) {
            return;
        }
        Supplier<String> boundsFr = () -> bounds(range, "au moins ", "au plus ", " à ") + " " + unitFr;
        Supplier<String> boundsEn = () -> bounds(range, "at least ", "at most ", " to ") + " " + unitEn;
        if (value == null) {
            checks.unknown(rule, fact, () -> "Demande " + boundsFr.get(), () -> "Requires " + boundsEn.get());
        } else if (range.contains(value)) {
            checks.met(rule, () -> value + " : " + boundsFr.get() + " demandés",
                    () -> value + ": " + boundsEn.get() + " required");
        } else {
            checks.failed(rule, () -> value + " alors que " + boundsFr.get() + " sont demandés",
                    () -> value + " where " + boundsEn.get() + " are required");
        }
    }

    private static String bounds(Range range, String atLeast, String atMost, String to) {
        if (range.min() == null) {
            return atMost + range.max();
        }
        return range.max() == null ? atLeast + range.min() : range.min() + to + range.max();
    }

    private static void activity(EligibilityRules rules, String naf, Checks checks) {
        if (rules.nafIncluded().isEmpty() && rules.nafExcluded().isEmpty()) {
            return;
        }
        if (naf == null) {
            checks.unknown("naf", "naf", () -> "Dépend du code NAF de l'activité",
                    () -> "Depends on the activity's NAF code");
            return;
        }
        String excludedBy = rules.nafExcluded().stream().filter(naf::startsWith).findFirst().orElse(null);
        if (excludedBy != null) {
            checks.failed("naf", () -> "L'activité " + naf + " est exclue (" + excludedBy + ")",
                    () -> "Activity " + naf + " is excluded (" + excludedBy + ")");
        } else if (!rules.nafIncluded().isEmpty() && rules.nafIncluded().stream().noneMatch(naf::startsWith)) {
            checks.failed("naf", () -> "Réservée aux activités " + String.join(", ", rules.nafIncluded()),
                    () -> "Only for activities " + String.join(", ", rules.nafIncluded()));
        } else {
            checks.met("naf", () -> "Activité " + naf + " admise", () -> "Activity " + naf + " accepted");
        }
    }

    private static void innovationAid(EligibilityRules rules, CompanyProfile profile, LocalDate asOf,
            Checks checks) {
        Integer months = rules.noInnovationAidWithinMonths();
        if (months == null) {
            return;
        }
        if (profile.lastInnovationAidOn() != null) {
            LocalDate limit = asOf.minusMonths(months);
            if (profile.lastInnovationAidOn().isAfter(limit)) {
                checks.failed("noRecentInnovationAid",
                        () -> "Aide à l'innovation reçue le " + profile.lastInnovationAidOn() + ", moins de " + months
                                + " mois avant",
                        () -> "Innovation aid received on " + profile.lastInnovationAidOn() + ", less than " + months
                                + " months before");
            } else {
                checks.met("noRecentInnovationAid",
                        () -> "Dernière aide à l'innovation il y a plus de " + months + " mois",
                        () -> "Last innovation aid more than " + months + " months ago");
            }
        } else if (Boolean.FALSE.equals(profile.everReceivedInnovationAid())) {
            checks.met("noRecentInnovationAid", () -> "Aucune aide à l'innovation reçue",
                    () -> "No innovation aid received");
        } else {
            checks.unknown("noRecentInnovationAid", "lastInnovationAidOn",
                    () -> "Aucune aide à l'innovation depuis " + months + " mois demandée",
                    () -> "No innovation aid within " + months + " months required");
        }
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * The checks of one aid and the facts the unknown ones need; worded in the request's language only when asked,
     * since only a page of the judged aids is shown.
     */
    private static final class Checks {
        private final Language language;
        private final boolean worded;
        private final List<RuleCheck> all = new ArrayList<>();
        private final Set<String> unknownFacts = new LinkedHashSet<>();

        Checks(Language language, boolean worded) {
            this.language = language;
            this.worded = worded;
        }

        void met(String rule, Supplier<String> fr, Supplier<String> en) {
            all.add(new RuleCheck(rule, Outcome.MET, words(fr, en)));
        }

        void failed(String rule, Supplier<String> fr, Supplier<String> en) {
            all.add(new RuleCheck(rule, Outcome.FAILED, words(fr, en)));
        }

        void unknown(String rule, String fact, Supplier<String> fr, Supplier<String> en) {
            all.add(new RuleCheck(rule, Outcome.UNKNOWN, words(fr, en)));
            unknownFacts.add(fact);
        }

        private String words(Supplier<String> fr, Supplier<String> en) {
            if (!worded) {
                return null;
            }
            return language == Language.FR ? fr.get() : en.get();
        }
    }
}
