package fr.boussole.assessment.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.cache.CacheResult;

/**
 * The calls recommendations make to the catalogue and the directory, each bounded: 2 s at most, one retry when the
 * connection failed (all are reads), and a circuit breaker per call that stops calling a service failing half of
 * its last 6 calls for 15 s. A failure is an exception for the caller to turn into a degraded answer. Answers are
 * public content, the same for every company with the same parameters: each is kept a minute, the guidance ten
 * (caches {@code neighbour-*}, application.properties), so views of an assessment, its report and the assessments
 * of companies alike do not call again; a failure is not kept.
 */
@ApplicationScoped
public class NeighbourServices {

    private final CatalogueApi catalogue;
    private final DirectoryApi directory;
    private final Map<String, GuidanceDocument> lastGuidance = new ConcurrentHashMap<>();

    NeighbourServices(@RestClient CatalogueApi catalogue, @RestClient DirectoryApi directory) {
        this.catalogue = catalogue;
        this.directory = directory;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS)
    @CacheResult(cacheName = "neighbour-use-cases")
    public UseCasePage useCases(List<String> sectors, List<String> functions, int size, String language) {
        return catalogue.useCases(sectors, functions, size, language);
    }

    /**
     * The guidance changes with the law, a few times a year: it is kept ten minutes (cache {@code neighbour-guidance}),
     * and while the catalogue fails, the last guidance it gave in that language is used rather than none.
     */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "lastGuidance")
    @CacheResult(cacheName = "neighbour-guidance")
    public GuidanceDocument guidance(String language) {
        GuidanceDocument guidance = catalogue.guidance(language);
        lastGuidance.put(language, guidance);
        return guidance;
    }

    GuidanceDocument lastGuidance(String language) {
        GuidanceDocument last = lastGuidance.get(language);
        if (last == null) {
            throw new ProcessingException("the catalogue's guidance could not be read, and it was never read before");
        }
        return last;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS)
    @CacheResult(cacheName = "neighbour-partners")
    public PartnerPage partners(List<String> kinds, String region, String departement, int size, String language) {
        return directory.partners(kinds, region, departement, size, language);
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS)
    @CacheResult(cacheName = "neighbour-eligibility")
    public EligibilityReport eligibility(CompanyProfile profile, int size, String language) {
        return directory.eligibility(size, profile, language);
    }
}
