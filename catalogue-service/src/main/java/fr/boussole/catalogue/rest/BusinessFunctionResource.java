package fr.boussole.catalogue.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.catalogue.rest.dto.TermDetails;
import fr.boussole.catalogue.rest.dto.TermSummary;
import fr.boussole.catalogue.rest.dto.TermUpdate;
import fr.boussole.catalogue.service.Taxonomy;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.AcceptLanguage;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/catalogue/business-functions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Business functions", description = "The seven business functions of the guide, the other way into the use-case catalogue")
public class BusinessFunctionResource {

    private final TaxonomyResponses responses;
    private final SecurityIdentity identity;

    BusinessFunctionResource(TaxonomyResponses responses, SecurityIdentity identity) {
        this.responses = responses;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listBusinessFunctions", summary = "List the business functions",
            description = "Public. In the guide's order, in the language of Accept-Language (fr by default, or en).")
    @APIResponse(responseCode = "200", description = "A page of business functions")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<Page<TermSummary>> listBusinessFunctions(@BeanParam @Valid PageParams paging,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context Request request, @Context UriInfo uriInfo) {
        return responses.list(Taxonomy.BUSINESS_FUNCTION, paging, acceptLanguage.language(), request, uriInfo);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getBusinessFunction", summary = "Get a business function",
            description = "Public. Its text in the language of Accept-Language, its text in every language,"
                    + " and its version; the ETag is what a curator's If-Match names.")
    @APIResponse(responseCode = "200", description = "The business function")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<TermDetails> getBusinessFunction(
            @Parameter(description = "Business function code", example = "production")
            @Size(max = 60) @PathParam("code") String code,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context Request request) {
        return responses.get(Taxonomy.BUSINESS_FUNCTION, code, acceptLanguage.language(), request);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "updateBusinessFunction", summary = "Reword a business function",
            description = "Curators and admins. Replaces the business function's name and description in both languages."
                    + " If-Match must carry the ETag of the version the change is based on. Once reworded, the"
                    + " business function is no longer overwritten by the seed data.")
    @APIResponse(responseCode = "200", description = "The business function as now stored, with its new ETag")
    public RestResponse<TermDetails> updateBusinessFunction(
            @Parameter(description = "Business function code", example = "production")
            @Size(max = 60) @PathParam("code") String code,
            @Parameter(description = "ETag of the version this change is based on", example = "\"1-fr\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TermUpdate update, @BeanParam @Valid AcceptLanguage acceptLanguage) {
        return responses.update(Taxonomy.BUSINESS_FUNCTION, code, ifMatch, update, identity, acceptLanguage.language());
    }
}
