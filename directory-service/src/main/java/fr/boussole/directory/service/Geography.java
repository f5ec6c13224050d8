package fr.boussole.directory.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.config.SeedFiles;
import fr.boussole.directory.rest.dto.RegionView;

/**
 * France's 18 regions and 101 départements by their official INSEE codes (code officiel géographique), from
 * {@code reference/geography.json}. Reference data, not content: it only changes with a territorial reform.
 */
@ApplicationScoped
public class Geography {

    private final List<RegionView> regions;
    private final Map<String, String> regionOfDepartement = new LinkedHashMap<>();

    Geography(ObjectMapper mapper) {
        regions = SeedFiles.read(mapper, "reference/geography.json", new TypeReference<List<RegionView>>() {
        });
        regions.forEach(region -> region.departements()
                .forEach(departement -> regionOfDepartement.put(departement.code(), region.code())));
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
}
