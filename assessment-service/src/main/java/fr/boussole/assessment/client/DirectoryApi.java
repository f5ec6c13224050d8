package fr.boussole.assessment.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The public directory of directory-service, as far as recommendations need it. */
@RegisterRestClient(configKey = "directory")
@Path("/api/v1/directory")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryApi {

    /** Published partners of these kinds serving the area (nationwide ones included). */
    @GET
    @Path("/partners")
    PartnerPage partners(@QueryParam("kind") List<String> kinds, @QueryParam("region") String region,
            @QueryParam("departement") String departement, @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    /** Every aid judged against a company profile; nothing is stored. */
    @POST
    @Path("/eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    EligibilityReport eligibility(@QueryParam("size") int size, CompanyProfile profile,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);
}
