package fr.boussole.directory.rest;

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
import jakarta.ws.rs.QueryParam;
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

import fr.boussole.commons.http.ConditionalResponses;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.AcceptLanguage;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;
import fr.boussole.directory.domain.PartnerKindCategory;
import fr.boussole.directory.rest.dto.PartnerKindDetails;
import fr.boussole.directory.rest.dto.PartnerKindSummary;
import fr.boussole.directory.rest.dto.PartnerKindUpdate;
import fr.boussole.directory.service.partner.PartnerKindService;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/directory/partner-kinds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner kinds", description = "The kinds of partners of the guide, and the channels to get informed"
        + " through, with the typical time to a first test")
public class PartnerKindResource {

    private final PartnerKindService service;
    private final ConditionalResponses conditional;
    private final SecurityIdentity identity;

    PartnerKindResource(PartnerKindService service, ConditionalResponses conditional, SecurityIdentity identity) {
        this.service = service;
        this.conditional = conditional;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listPartnerKinds", summary = "List the partner kinds",
            description = "Public. In the guide's order, in the language of Accept-Language (fr by default, or en);"
                    + " optionally only partners or only information channels.")
    @APIResponse(responseCode = "200", description = "A page of partner kinds")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<Page<PartnerKindSummary>> listPartnerKinds(
            @Parameter(description = "Only this category") @QueryParam("category") PartnerKindCategory category,
            @BeanParam @Valid PageParams paging, @BeanParam @Valid AcceptLanguage acceptLanguage,
            @Context Request request,
            @Context UriInfo uriInfo) {
        Language language = acceptLanguage.language();
        Page<PartnerKindSummary> page = service.list(category, language, paging);
        return language.label(conditional.ok(request, page, ConditionalResponses.PUBLIC_FIVE_MINUTES))
                .links(PageLinks.of(page, uriInfo))
                .build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getPartnerKind", summary = "Get a partner kind",
            description = "Public. Its text in the language of Accept-Language, its text in every language, and its"
                    + " version; the ETag is what a curator's If-Match names.")
    @APIResponse(responseCode = "200", description = "The partner kind")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<PartnerKindDetails> getPartnerKind(
            @Parameter(description = "Partner kind code", example = "turnkey-solution-provider")
            @Size(max = 60) @PathParam("code") String code,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context Request request) {
        Language language = acceptLanguage.language();
        PartnerKindDetails kind = service.get(code, language);
        return language.label(conditional.ok(request, kind, EntityTags.versioned(kind.version(), language),
                ConditionalResponses.PUBLIC_FIVE_MINUTES)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "updatePartnerKind", summary = "Reword a partner kind",
            description = "Curators and admins. Replaces the kind's name and description in both languages and its"
                    + " typical time to a first test. If-Match must carry the ETag of the version the change is"
                    + " based on. Once reworded, the kind is no longer overwritten by the seed data.")
    @APIResponse(responseCode = "200", description = "The partner kind as now stored, with its new ETag")
    public RestResponse<PartnerKindDetails> updatePartnerKind(
            @Parameter(description = "Partner kind code", example = "turnkey-solution-provider")
            @Size(max = 60) @PathParam("code") String code,
            @Parameter(description = "ETag of the version this change is based on", example = "\"1-fr\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PartnerKindUpdate update, @BeanParam @Valid AcceptLanguage acceptLanguage) {
        Language language = acceptLanguage.language();
        PartnerKindDetails kind = service.update(code, ifMatch, update, identity.getPrincipal().getName(), language);
        return language.label(RestResponse.ResponseBuilder.ok(kind))
                .tag(EntityTags.versioned(kind.version(), language))
                .build();
    }
}
