package fr.boussole.catalogue.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.catalogue.domain.CriticalDomain;
import fr.boussole.catalogue.domain.DataKind;
import fr.boussole.catalogue.domain.SolutionType;
import fr.boussole.catalogue.domain.UseCaseSearch;
import fr.boussole.catalogue.rest.dto.UseCaseSearchPage;
import fr.boussole.catalogue.rest.dto.UseCaseView;
import fr.boussole.catalogue.service.UseCaseService;
import fr.boussole.commons.http.ConditionalResponses;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.AcceptLanguage;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;

@Path("/api/v1/catalogue/use-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Use cases", description = "The AI use cases of the guide, by sector and business function:"
        + " searchable, filterable, in French and English")
public class UseCaseResource {

    private final UseCaseService catalogue;
    private final ConditionalResponses conditional;

    UseCaseResource(UseCaseService catalogue, ConditionalResponses conditional) {
        this.catalogue = catalogue;
        this.conditional = conditional;
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchUseCases", summary = "Search the use cases",
            description = "Public. Full-text search in the language of Accept-Language (fr by default, or en),"
                    + " accents, case and plurals ignored, synonyms understood (\"robot conversationnel\" finds the"
                    + " chatbot); filters combine, and several values of one filter mean any of them. Without"
                    + " words, every published use case matches. Facets count, for each filter value, the results"
                    + " that value would give with the other filters unchanged.")
    @APIResponse(responseCode = "200", description = "A page of use cases and the facets of the whole result")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<UseCaseSearchPage> searchUseCases(
            @Parameter(description = "Words to look for", example = "robot conversationnel")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Sector codes (a transversal use case is in every sector)")
            @QueryParam("sector") @Size(max = 20) Set<@Size(max = 80) String> sectors,
            @Parameter(description = "Business function codes")
            @QueryParam("function") @Size(max = 20) Set<@Size(max = 80) String> functions,
            @Parameter(description = "Kinds of solution")
            @QueryParam("solutionType") @Size(max = 20) Set<SolutionType> solutionTypes,
            @Parameter(description = "Kinds of data") @QueryParam("dataKind") @Size(max = 20) Set<DataKind> dataKinds,
            @Parameter(description = "Critical domains") @QueryParam("criticalDomain")
            @Size(max = 20) Set<CriticalDomain> criticalDomains,
            @Parameter(description = "Only use cases that process personal data (true) or that do not (false)")
            @QueryParam("personalData") Boolean personalData,
            @Parameter(description = "relevance (default) or title") @QueryParam("sort") UseCaseSearch.Order sort,
            @BeanParam @Valid PageParams paging,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context Request request, @Context UriInfo uriInfo) {
        Language language = acceptLanguage.language();
        UseCaseSearchPage result = catalogue.find(catalogue.search(q, language, sectors, functions, solutionTypes,
                dataKinds, criticalDomains, personalData, sort), paging);
        return language.label(conditional.ok(request, result, ConditionalResponses.PUBLIC_FIVE_MINUTES))
                .links(PageLinks.of(result.page(), result.size(), result.total(), uriInfo))
                .build();
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Operation(operationId = "getUseCase", summary = "Get a use case",
            description = "Public. A published use case in the language of Accept-Language, with the kinds of"
                    + " solution that fit and their typical time to a first test, and the minimum readiness it"
                    + " needs on each dimension of the self-assessment.")
    @APIResponse(responseCode = "200", description = "The use case")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<UseCaseView> getUseCase(
            @Parameter(description = "Use case slug", example = "tri-candidatures")
            @Size(max = 80) @PathParam("slug") String slug,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context Request request) {
        Language language = acceptLanguage.language();
        UseCaseView useCase = catalogue.get(slug, language);
        return language.label(conditional.ok(request, useCase, EntityTags.versioned(useCase.version(), language),
                ConditionalResponses.PUBLIC_FIVE_MINUTES)).build();
    }
}
