package fr.boussole.assessment.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** The directory API of directory-service, as far as recommendations and the GDPR rights need it. */
@RegisterRestClient(configKey = "directory")
@Path("/api/v1/directory")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryApi {

    /** Published partners of these kinds serving the area (nationwide ones included). */
    @GET
    @Path("/partners")
    JsonNode partners(@QueryParam("kind") List<String> kinds, @QueryParam("region") String region,
            @QueryParam("departement") String departement, @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    /** What the directory holds about a company (GDPR access), read with the caller's own token. */
    @GET
    @Path("/privacy/companies/{siren}")
    JsonNode companyData(@PathParam("siren") String siren, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** Erases what the directory holds about a company (GDPR erasure), with the caller's own token. */
    @DELETE
    @Path("/privacy/companies/{siren}")
    JsonNode eraseCompany(@PathParam("siren") String siren,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** What the directory holds about a person (GDPR access), read with the caller's own token. */
    @GET
    @Path("/privacy/people/{username}")
    JsonNode personData(@PathParam("username") String username,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** Erases a person from the directory (GDPR erasure), with the caller's own token. */
    @DELETE
    @Path("/privacy/people/{username}")
    JsonNode erasePerson(@PathParam("username") String username,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** Every aid judged against a company profile; nothing is stored. */
    @POST
    @Path("/eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode eligibility(@QueryParam("size") int size, JsonNode profile,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);
}
