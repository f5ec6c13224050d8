package fr.boussole.assessment.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The public catalogue of catalogue-service, as far as recommendations need it. */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogueApi {

    /** Published use cases of any of the sectors (transversal ones included) for any of the functions. */
    @GET
    @Path("/use-cases")
    UseCasePage useCases(@QueryParam("sector") List<String> sectors, @QueryParam("function") List<String> functions,
            @QueryParam("size") int size, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    /** The guide's advice, sourced and dated, in the language asked. */
    @GET
    @Path("/guidance")
    GuidanceDocument guidance(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);
}
