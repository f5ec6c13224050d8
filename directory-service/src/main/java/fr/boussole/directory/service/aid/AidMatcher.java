package fr.boussole.directory.service.aid;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.rest.dto.AidSchemaRecord;
import fr.boussole.directory.service.NameKeys;

/**
 * Finds the aid an imported record describes, so that an import updates it instead of adding a twin: by the
 * record's id, else by its official page (the same address however written: scheme, case of the host, trailing
 * slash, fragment) when no other aid cites it, else by its name and one of its funders (accents, case and spacing
 * aside). Other publishers name the guide's aids with their own ids; the page or the name and funder tell them
 * apart.
 */
final class AidMatcher {

    private final Map<String, FundingAid> byId = new HashMap<>();
    private final Map<String, FundingAid> bySource = new HashMap<>();
    private final Map<String, FundingAid> byNameAndCarrier = new HashMap<>();

    AidMatcher(List<FundingAid> aids) {
        Set<String> sharedSources = new HashSet<>();
        for (FundingAid aid : aids) {
            byId.put(aid.id, aid);
            if (aid.sourceUrl != null && bySource.putIfAbsent(source(aid.sourceUrl), aid) != null) {
                sharedSources.add(source(aid.sourceUrl));
            }
            for (String carrier : aid.carriers) {
                byNameAndCarrier.putIfAbsent(key(aid.nameFr, carrier), aid);
            }
        }
        // a page several aids cite (a catalogue's home) tells none of them apart
        bySource.keySet().removeAll(sharedSources);
    }

    /** The aid the record describes, if the directory has it. */
    Optional<FundingAid> find(AidSchemaRecord record) {
        if (record.idAide() != null && byId.containsKey(record.idAide())) {
            return Optional.of(byId.get(record.idAide()));
        }
        if (record.urlDescriptif() != null && bySource.containsKey(source(record.urlDescriptif()))) {
            return Optional.of(bySource.get(source(record.urlDescriptif())));
        }
        if (record.nomAide() == null || record.porteurAide() == null) {
            return Optional.empty();
        }
        for (String carrier : record.porteurAide().split(",")) {
            FundingAid aid = byNameAndCarrier.get(key(record.nomAide(), carrier));
            if (aid != null) {
                return Optional.of(aid);
            }
        }
        return Optional.empty();
    }

    /** An address as a page's identity: host in lower case, no scheme, fragment or trailing slash. */
    static String source(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() != null) {
                String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                return uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") + path + query;
            }
        } catch (URISyntaxException unreadable) {
            // compared as written
        }
        return trimmed;
    }

    private static String key(String name, String carrier) {
        return NameKeys.of(name) + "|" + NameKeys.of(carrier);
    }
}
