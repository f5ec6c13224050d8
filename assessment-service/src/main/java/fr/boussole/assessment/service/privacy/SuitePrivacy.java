package fr.boussole.assessment.service.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import fr.boussole.assessment.client.CataloguePrivacyApi;
import fr.boussole.assessment.client.DirectoryPrivacyApi;
import fr.boussole.assessment.domain.Caller;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.security.DataSubjectRights;

/**
 * GDPR requests across the suite, for a company or a person: this service gathers its own part and asks the other
 * services for theirs over HTTP with the caller's own token (propagated by the REST clients) (each service checks the caller's right itself). The
 * catalogue holds nothing about companies, only people's names on curation work. When a part cannot be had, the
 * request fails as a whole (503): an access export must be complete, and an erasure is sent again until every
 * service has done it (it is idempotent).
 */
@ApplicationScoped
public class SuitePrivacy {

    private static final Logger LOG = Logger.getLogger(SuitePrivacy.class);

    private final PrivacyService privacy;
    private final CataloguePrivacyApi catalogue;
    private final DirectoryPrivacyApi directory;

    SuitePrivacy(PrivacyService privacy, @RestClient CataloguePrivacyApi catalogue,
            @RestClient DirectoryPrivacyApi directory) {
        this.privacy = privacy;
        this.catalogue = catalogue;
        this.directory = directory;
    }

    /** One JSON document of everything the suite holds about the company. */
    public Map<String, Object> exportCompany(Caller caller, String siren) {
        PrivacyService.checkMayActFor(caller, siren);
        JsonNode directoryPart = ask("directory-service", () -> directory.companyData(siren));
        Map<String, Object> services = new LinkedHashMap<>();
        services.put("assessment-service", privacy.companyData(caller, siren));
        services.put("directory-service", directoryPart);
        services.put("catalogue-service", Map.of("note", "holds no data about companies"));
        return document(Map.of("type", "company", "siren", siren), services);
    }

    /** Erases the company everywhere; what each service did. */
    public Map<String, Object> eraseCompany(Caller caller, String siren) {
        PrivacyService.checkMayActFor(caller, siren);
        PrivacyService.Erasure here = privacy.eraseCompany(caller, siren);
        JsonNode directoryPart = ask("directory-service", () -> directory.eraseCompany(siren));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("siren", siren);
        report.put("assessment-service", here);
        report.put("directory-service", directoryPart);
        return report;
    }

    /** One JSON document of everything the suite holds that names the person. */
    public Map<String, Object> exportPerson(Caller caller, String person) {
        DataSubjectRights.checkMayActForPerson(caller.isAdmin(), caller.name(), person);
        JsonNode cataloguePart = ask("catalogue-service", () -> catalogue.personData(person));
        JsonNode directoryPart = ask("directory-service", () -> directory.personData(person));
        Map<String, Object> services = new LinkedHashMap<>();
        services.put("assessment-service", privacy.personData(caller, person));
        services.put("catalogue-service", cataloguePart);
        services.put("directory-service", directoryPart);
        return document(Map.of("type", "person", "username", person), services);
    }

    /** Erases the person everywhere; what each service did. */
    public Map<String, Object> erasePerson(Caller caller, String person) {
        DataSubjectRights.checkMayActForPerson(caller.isAdmin(), caller.name(), person);
        Map<String, Object> here = privacy.erasePerson(caller, person);
        JsonNode cataloguePart = ask("catalogue-service", () -> catalogue.erasePerson(person));
        JsonNode directoryPart = ask("directory-service", () -> directory.erasePerson(person));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("username", person);
        report.put("assessment-service", here.get("erased"));
        report.put("catalogue-service", cataloguePart.get("erased"));
        report.put("directory-service", directoryPart.get("erased"));
        return report;
    }

    private static Map<String, Object> document(Map<String, Object> subject, Map<String, Object> services) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("subject", subject);
        document.put("generatedAt", Instant.now());
        document.put("services", services);
        return document;
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
