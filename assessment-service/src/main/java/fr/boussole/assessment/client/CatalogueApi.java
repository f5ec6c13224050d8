package fr.boussole.assessment.client;

import java.util.List;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** The catalogue API of catalogue-service, as far as recommendations and the GDPR rights need it. */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogueApi {

    /** Published use cases of a sector (transversal ones included) for any of the functions. */
    @GET
    @Path("/use-cases")
    JsonNode useCases(@QueryParam("sector") String sector, @QueryParam("function") List<String> functions,
            @QueryParam("size") int size, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    /** What the catalogue holds about a person (GDPR access), read with the caller's own token. */
    @GET
    @Path("/privacy/people/{username}")
    JsonNode personData(@PathParam("username") String username,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** Erases a person from the catalogue (GDPR erasure), with the caller's own token. */
    @DELETE
    @Path("/privacy/people/{username}")
    JsonNode erasePerson(@PathParam("username") String username,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
