package fr.boussole.directory.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.directory.rest.dto.RegionView;

/**
 * France's 18 regions and 101 départements by their official INSEE codes (code officiel géographique), read once
 * from the tables migration V5 fills. Reference data, not content: it only changes with a territorial reform.
 */
@ApplicationScoped
public class Geography {

    private final List<RegionView> regions;
    private final Map<String, String> regionOfDepartement = new LinkedHashMap<>();

    @Inject
    Geography(EntityManager entityManager) {
        this(read(entityManager));
    }

    /** Over the regions given, for tests that need no database. */
    public Geography(List<RegionView> regions) {
        this.regions = List.copyOf(regions);
        regions.forEach(region -> region.departements()
                .forEach(departement -> regionOfDepartement.put(departement.code(), region.code())));
    }

    private static List<RegionView> read(EntityManager entityManager) {
        Map<String, String> regionNames = new LinkedHashMap<>();
        Map<String, List<RegionView.Departement>> departements = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery("SELECT r.code, r.name, d.code, d.name FROM insee_region r"
                + " JOIN insee_departement d ON d.region = r.code ORDER BY r.code, d.code").getResultList()) {
            Object[] columns = (Object[]) row;
            regionNames.put(columns[0].toString(), columns[1].toString());
            departements.computeIfAbsent(columns[0].toString(), code -> new ArrayList<>())
                    .add(new RegionView.Departement(columns[2].toString(), columns[3].toString()));
        }
        return regionNames.entrySet().stream()
                .map(region -> new RegionView(region.getKey(), region.getValue(),
                        List.copyOf(departements.get(region.getKey()))))
                .toList();
    }

    /** The region's name, or its code when unknown. */
    public String regionName(String code) {
        return regions.stream().filter(region -> region.code().equals(code)).map(RegionView::name).findFirst()
                .orElse(code);
    }

    /** The département's name, or its code when unknown. */
    public String departementName(String code) {
        return regions.stream().flatMap(region -> region.departements().stream())
                .filter(departement -> departement.code().equals(code)).map(RegionView.Departement::name)
                .findFirst().orElse(code);
    }

    public List<RegionView> regions() {
        return regions;
    }

    public List<String> regionCodes() {
        return regions.stream().map(RegionView::code).toList();
    }

    public List<String> departementCodes() {
        return List.copyOf(regionOfDepartement.keySet());
    }

    public boolean isRegion(String code) {
        return regions.stream().anyMatch(region -> region.code().equals(code));
    }

    public boolean isDepartement(String code) {
        return regionOfDepartement.containsKey(code);
    }

    /** The département codes of a region; empty for an unknown one. */
    public List<String> departementsOf(String region) {
        return regions.stream().filter(candidate -> candidate.code().equals(region)).findFirst()
                .map(found -> found.departements().stream().map(RegionView.Departement::code).toList())
                .orElse(List.of());
    }

    public Optional<String> regionOf(String departement) {
        return Optional.ofNullable(regionOfDepartement.get(departement));
    }

    /** A region's or a département's code from its name, case and accents aside ("ile-de-france" is 11). */
    public Optional<Area> byName(String name) {
        String key = NameKeys.of(name);
        for (RegionView region : regions) {
            if (NameKeys.of(region.name()).equals(key)) {
                return Optional.of(new Area(region.code(), true));
            }
        }
        return regions.stream().flatMap(region -> region.departements().stream())
                .filter(departement -> NameKeys.of(departement.name()).equals(key)).findFirst()
                .map(departement -> new Area(departement.code(), false));
    }

    /** A region or a département, by code. */
    public record Area(String code, boolean region) {
    }

    /** A draft's unknown region and département codes, each named by its place in the draft's lists. */
    public List<FieldError> unknownAreas(List<String> regions, List<String> departements) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            if (!isRegion(regions.get(i))) {
                errors.add(new FieldError("regions[" + i + "]", "unknown INSEE region code"));
            }
        }
        for (int i = 0; i < departements.size(); i++) {
            if (!isDepartement(departements.get(i))) {
                errors.add(new FieldError("departements[" + i + "]", "unknown INSEE département code"));
            }
        }
        return errors;
    }

    /** 400 naming the parameter for an unknown region or département code. */
    public void requireKnown(Set<String> regions, String departement) {
        List<String> unknown = regions.stream().filter(code -> !isRegion(code)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("region", "unknown INSEE region code " + String.join(", ", unknown));
        }
        if (departement != null && !isDepartement(departement)) {
            throw ProblemException.invalid("departement", "unknown INSEE département code '" + departement + "'");
        }
    }
}
