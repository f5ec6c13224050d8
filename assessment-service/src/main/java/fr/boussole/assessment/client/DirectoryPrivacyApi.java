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
 * The GDPR rights of directory-service, called with the caller's own access token (the request being served passes its
 * Authorization header on: {@code org.eclipse.microprofile.rest.client.propagateHeaders}); the directory checks the
 * caller's right itself. Its answers are its part of the suite's export or erasure report, passed on as they are.
 */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders
@Path("/api/v1/directory/privacy")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryPrivacyApi {

    /** What the directory holds about a company. */
    @GET
    @Path("/companies/{siren}")
    JsonNode companyData(@PathParam("siren") String siren);

    /** Erases what the directory holds about a company. */
    @DELETE
    @Path("/companies/{siren}")
    JsonNode eraseCompany(@PathParam("siren") String siren);

    /** What the directory holds about a person. */
    @GET
    @Path("/people/{username}")
    JsonNode personData(@PathParam("username") String username);

    /** Erases a person from the directory. */
    @DELETE
    @Path("/people/{username}")
    JsonNode erasePerson(@PathParam("username") String username);
}
