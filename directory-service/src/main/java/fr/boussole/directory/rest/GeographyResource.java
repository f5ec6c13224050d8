package fr.boussole.directory.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.commons.http.ConditionalResponses;
import fr.boussole.directory.rest.dto.RegionView;
import fr.boussole.directory.service.Geography;

@Path("/api/v1/directory/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Geography", description = "The official INSEE codes that partners, aids and company profiles use")
public class GeographyResource {

    private final Geography geography;
    private final ConditionalResponses conditional;

    GeographyResource(Geography geography, ConditionalResponses conditional) {
        this.geography = geography;
        this.conditional = conditional;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listRegions", summary = "List the regions and their départements",
            description = "Anyone. France's 18 regions and 101 départements by INSEE code, in code order.")
    @APIResponse(responseCode = "200", description = "Every region")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<List<RegionView>> listRegions(@Context Request request) {
        return conditional.ok(request, geography.regions(), ConditionalResponses.PUBLIC_FIVE_MINUTES).build();
    }
}
