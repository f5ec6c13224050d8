package fr.boussole.commons.http;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Caches keep one answer per URL unless {@code Vary} names what else it depends on: an answer in a language
 * ({@code Content-Language}) varies with {@code Accept-Language}, and the answer of an operation that produces
 * several media types varies with {@code Accept} (the aids' export in JSON or CSV, the report in HTML or PDF).
 * Added here, once for every service, whatever each resource sets itself.
 */
public class VaryFilter {

    @ServerResponseFilter
    public void vary(ContainerResponseContext response, ResourceInfo resource) {
        List<String> dependsOn = new ArrayList<>(2);
        if (response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            dependsOn.add(HttpHeaders.ACCEPT_LANGUAGE);
        }
        if (producesSeveralTypes(resource)) {
            dependsOn.add(HttpHeaders.ACCEPT);
        }
        if (dependsOn.isEmpty()) {
            return;
        }
        List<String> current = response.getStringHeaders().getOrDefault(VaryHeader.NAME, List.of());
        response.getHeaders().putSingle(VaryHeader.NAME, VaryHeader.merged(current, dependsOn.toArray(String[]::new)));
    }

    private static boolean producesSeveralTypes(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null && resource.getResourceClass() != null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces != null && (produces.value().length > 1 || produces.value().length == 1
                && produces.value()[0].contains(","));
    }
}
