package fr.boussole.assessment.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import fr.boussole.assessment.client.DirectoryApi;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/**
 * A company's GDPR requests across the suite: this service gathers its own part and asks directory-service for
 * its part over HTTP with the caller's own token (each service checks the caller's right itself). The catalogue
 * holds nothing about companies. When a part cannot be had, the request fails as a whole (503): an access export
 * must be complete, and an erasure is sent again until every service has done it (it is idempotent).
 */
@ApplicationScoped
public class CompanyPrivacy {

    private static final Logger LOG = Logger.getLogger(CompanyPrivacy.class);

    private final PrivacyService privacy;
    private final DirectoryApi directory;

    CompanyPrivacy(PrivacyService privacy, @RestClient DirectoryApi directory) {
        this.privacy = privacy;
        this.directory = directory;
    }

    /** One JSON document of everything the suite holds about the company. */
    public Map<String, Object> export(Caller caller, String siren, String authorization) {
        PrivacyService.checkMayActFor(caller, siren);
        JsonNode directoryPart = ask("directory-service", () -> directory.companyData(siren, authorization));
        Map<String, Object> services = new LinkedHashMap<>();
        services.put("assessment-service", privacy.companyData(caller, siren));
        services.put("directory-service", directoryPart);
        services.put("catalogue-service", Map.of("note", "holds no data about companies"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("subject", Map.of("type", "company", "siren", siren));
        document.put("generatedAt", Instant.now());
        document.put("services", services);
        return document;
    }

    /** Erases the company everywhere; what each service did. */
    public Map<String, Object> erase(Caller caller, String siren, String authorization) {
        PrivacyService.checkMayActFor(caller, siren);
        PrivacyService.Erasure here = privacy.eraseCompany(caller, siren);
        JsonNode directoryPart = ask("directory-service", () -> directory.eraseCompany(siren, authorization));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("siren", siren);
        report.put("assessment-service", here);
        report.put("directory-service", directoryPart);
        return report;
    }

    private static JsonNode ask(String service, Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            LOG.warnf("A GDPR request could not reach %s: %s", service, e.toString());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, service + " could not be reached; nothing"
                    + " is half-done that a new request would not finish: send it again in a moment");
        }
    }
}
