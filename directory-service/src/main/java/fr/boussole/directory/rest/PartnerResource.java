package fr.boussole.directory.rest;

import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.commons.http.ConditionalResponses;
import fr.boussole.commons.i18n.AcceptLanguage;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Claims;
import fr.boussole.commons.security.Roles;
import fr.boussole.directory.domain.PartnerOffer;
import fr.boussole.directory.rest.dto.PartnerSearchPage;
import fr.boussole.directory.rest.dto.PartnerView;
import fr.boussole.directory.service.DirectorySearch;
import fr.boussole.directory.service.partner.ContactAccess;
import fr.boussole.directory.service.partner.PartnerService;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The published partners. Anyone reads them; the contact person, personal data, only comes to curators and
 * admins, and to the partner itself (a company user whose token's siren is the partner's); answers that may hold
 * a contact are private to their caller.
 */
@Path("/api/v1/directory/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Providers, consultancies, clusters, CCIs, labs, schools and public bodies"
        + " that help SMEs start with AI")
public class PartnerResource {

    private final PartnerService directory;
    private final ConditionalResponses conditional;
    private final SecurityIdentity identity;

    PartnerResource(PartnerService directory, ConditionalResponses conditional, SecurityIdentity identity) {
        this.directory = directory;
        this.conditional = conditional;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchPartners", summary = "Search the published partners",
            description = "Anyone; contacts for curators, admins and the partner itself only. Full-text search in"
                    + " the language of Accept-Language (fr by default, or en) over names, SIRENs and descriptions,"
                    + " accents, case and word endings ignored; without words, every published partner matches, by name. Filters"
                    + " combine, and several values of one filter mean any of them: a partner serving a region"
                    + " serves each of its départements, one naming no area serves all of France. Facets count, for"
                    + " each filter value, the results that value would give with the other filters unchanged.")
    @APIResponse(responseCode = "200", description = "A page of partners and the facets of the whole result")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<PartnerSearchPage> searchPartners(
            @Parameter(description = "Words to look for", example = "vision industrielle")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Partner kind codes")
            @QueryParam("kind") @Size(max = 20) Set<@Size(max = 80) String> kinds,
            @Parameter(description = "INSEE region codes")
            @QueryParam("region") @Size(max = 20) Set<@Size(max = 80) String> regions,
            @Parameter(description = "INSEE département code", example = "69") @QueryParam("departement")
            @Size(max = 3) String departement,
            @Parameter(description = "Catalogue sector codes")
            @QueryParam("sector") @Size(max = 20) Set<@Size(max = 80) String> sectors,
            @Parameter(description = "Catalogue use case slugs")
            @QueryParam("useCase") @Size(max = 20) Set<@Size(max = 80) String> useCases,
            @Parameter(description = "What the partner offers")
            @QueryParam("offer") @Size(max = 20) Set<PartnerOffer> offers,
            @Parameter(description = "Only partners checked by the CCI, or only the others") @QueryParam("verified")
            Boolean verified,
            @Parameter(description = "relevance (default) or name") @QueryParam("sort") DirectorySearch.Order sort,
            @BeanParam @Valid PageParams paging, @BeanParam @Valid AcceptLanguage acceptLanguage,
            @Context Request request,
            @Context UriInfo uriInfo) {
        Language language = acceptLanguage.language();
        ContactAccess contacts = contacts();
        PartnerSearchPage result = directory.search(q, new PartnerService.Filters(kinds, regions, departement,
                sectors, useCases, offers, verified), sort, language, contacts, paging);
        return language.label(conditional.ok(request, result, cacheControl(contacts)))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .links(PageLinks.of(result.page(), result.size(), result.total(), uriInfo))
                .build();
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Operation(operationId = "getPartner", summary = "Get a published partner",
            description = "Anyone; the contact for curators, admins and the partner itself (a company user whose"
                    + " token's siren is the partner's) only.")
    @APIResponse(responseCode = "200", description = "The partner")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<PartnerView> getPartner(
            @Parameter(description = "Partner slug", example = "datavue-conseil")
            @Size(max = 80) @PathParam("slug") String slug,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context Request request) {
        Language language = acceptLanguage.language();
        ContactAccess contacts = contacts();
        PartnerView partner = directory.get(slug, language, contacts);
        return language.label(conditional.ok(request, partner, cacheControl(contacts)))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }

    private ContactAccess contacts() {
        String siren = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(Claims.SIREN) : null;
        return ContactAccess.of(identity.hasRole(Roles.CURATOR) || identity.hasRole(Roles.ADMIN), siren);
    }

    /** An answer that may hold a contact must not sit in a shared cache; the ETag is a hash, so it differs too. */
    private static String cacheControl(ContactAccess contacts) {
        return contacts.mightSeeAny() ? "private, no-cache" : ConditionalResponses.PUBLIC_FIVE_MINUTES;
    }
}
