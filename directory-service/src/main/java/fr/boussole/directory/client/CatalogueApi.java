package fr.boussole.directory.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

/** The public catalogue API of catalogue-service, as far as the directory needs it. */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogueApi {

    @GET
    @Path("/sectors")
    JsonNode sectors(@QueryParam("size") int size);

    @GET
    @Path("/use-cases/{slug}")
    RestResponse<JsonNode> useCase(@PathParam("slug") String slug);
}
