package fr.boussole.assessment.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The GDPR rights of catalogue-service, called with the caller's own access token (the request being served passes its
 * Authorization header on: {@code org.eclipse.microprofile.rest.client.propagateHeaders}); the catalogue checks the
 * caller's right itself. Its answers are its part of the suite's export or erasure report, passed on as they are.
 */
@RegisterRestClient(configKey = "catalogue")
@RegisterClientHeaders
@Path("/api/v1/catalogue/privacy")
@Produces(MediaType.APPLICATION_JSON)
public interface CataloguePrivacyApi {

    /** What the catalogue holds about a person. */
    @GET
    @Path("/people/{username}")
    JsonNode personData(@PathParam("username") String username);

    /** Erases a person from the catalogue. */
    @DELETE
    @Path("/people/{username}")
    JsonNode erasePerson(@PathParam("username") String username);
}
