package fr.boussole.directory.rest;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.commons.csv.Csv;
import fr.boussole.commons.http.ConditionalResponses;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.AcceptLanguage;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.security.Roles;
import fr.boussole.commons.workflow.HistoryEntryView;
import fr.boussole.directory.domain.AidType;
import fr.boussole.directory.rest.dto.AidDraft;
import fr.boussole.directory.rest.dto.AidEligibility.Status;
import fr.boussole.directory.rest.dto.AidImportReport;
import fr.boussole.directory.rest.dto.AidReview;
import fr.boussole.directory.rest.dto.AidSchemaExport;
import fr.boussole.directory.rest.dto.AidSchemaRecord;
import fr.boussole.directory.rest.dto.AidSearchPage;
import fr.boussole.directory.rest.dto.CompanyProfile;
import fr.boussole.directory.rest.dto.EligibilityReport;
import fr.boussole.directory.rest.dto.FundingAidView;
import fr.boussole.directory.service.DirectorySearch;
import fr.boussole.directory.service.aid.FundingAidCuration;
import fr.boussole.directory.service.aid.FundingAidService;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/directory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding aids", description = "Public funding an SME can turn to, modelled on the data.gouv.fr"
        + " \"dispositif d'aide\" schema, and which of them a company is eligible for")
public class FundingAidResource {

    /** An import is read whole and stored all or nothing: it holds at most this many aids. */
    static final int MAX_IMPORTED_AIDS = 1000;
    /** The services' request body limit (quarkus.http.limits.max-body-size, 1M): beyond it, 413. */
    static final int MAX_IMPORT_BYTES = 1024 * 1024;
    private static final List<Variant> EXPORT_VARIANTS = Variant
            .mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(Csv.MEDIA_TYPE)).build();

    private final FundingAidService service;
    private final FundingAidCuration curation;
    private final ConditionalResponses conditional;
    private final SecurityIdentity identity;

    FundingAidResource(FundingAidService service, FundingAidCuration curation,
            ConditionalResponses conditional, SecurityIdentity identity) {
        this.service = service;
        this.curation = curation;
        this.conditional = conditional;
        this.identity = identity;
    }

    @GET
    @Path("/aids")
    @PermitAll
    @Operation(operationId = "searchFundingAids", summary = "Search the funding aids",
            description = "Anyone. Full-text search in the language of Accept-Language (fr by default, or en) over"
                    + " names, descriptions, carriers and conditions, accents, case and word endings ignored; without"
                    + " words, every aid matches, in the guide's order. Filters combine, and several values of one"
                    + " filter mean any of them: an aid naming no area is offered all over France. Facets count, for"
                    + " each filter value, the results that value would give with the other filters unchanged.")
    @APIResponse(responseCode = "200", description = "A page of aids and the facets of the whole result")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<AidSearchPage> searchFundingAids(
            @Parameter(description = "Words to look for", example = "crédit d'impôt innovation")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Forms of aid") @QueryParam("aidType") @Size(max = 20) Set<AidType> aidTypes,
            @Parameter(description = "INSEE region codes")
            @QueryParam("region") @Size(max = 20) Set<@Size(max = 80) String> regions,
            @Parameter(description = "INSEE département code", example = "75") @QueryParam("departement")
            @Size(max = 3) String departement,
            @Parameter(description = "relevance (default) or name") @QueryParam("sort") DirectorySearch.Order sort,
            @BeanParam @Valid PageParams paging,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context Request request, @Context UriInfo uriInfo) {
        Language language = acceptLanguage.language();
        AidSearchPage result = service.search(q, aidTypes, regions, departement, sort, language, paging);
        return language.label(conditional.ok(request, result, ConditionalResponses.PUBLIC_FIVE_MINUTES))
                .links(PageLinks.of(result.page(), result.size(), result.total(), uriInfo))
                .build();
    }

    @GET
    @Path("/aids/export")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(operationId = "exportFundingAids", summary = "Export the aids in the data.gouv.fr schema",
            description = "Anyone. Every aid in the \"dispositif d'aide\" exchange schema (etalab/schema-dispositif-aide),"
                    + " French texts: a JSON array, or CSV with the schema's columns when Accept asks for text/csv"
                    + " (a text a spreadsheet would run as a formula, starting with = + - @, tab or carriage return,"
                    + " is preceded by an apostrophe, which spreadsheets hide and the import removes). The"
                    + " eligibility rules are not part of the schema; its condition_eligibilite carries the"
                    + " conditions in words.")
    @APIResponse(responseCode = "200", description = "Every aid", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AidSchemaRecord.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "A header line with the schema's column names, then one line per aid")) })
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public Response exportFundingAids(@Context Request request) {
        AidSchemaExport export = new AidSchemaExport(service.export());
        // one negotiation, JAX-RS's: it names the representation, its ETag and its writer (AidSchemaCsvWriter)
        Variant variant = request.selectVariant(EXPORT_VARIANTS);
        MediaType type = variant == null ? MediaType.APPLICATION_JSON_TYPE : variant.getMediaType();
        // a Response, not a RestResponse<AidSchemaExport>: Quarkus REST would then write the record's toString()
        return conditional.ok(request, export, conditional.tag(export, type.getSubtype()),
                ConditionalResponses.PUBLIC_FIVE_MINUTES).type(type).build().toResponse();
    }

    @POST
    @Path("/aids/import")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Consumes({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(operationId = "importFundingAids", summary = "Import aids in the data.gouv.fr schema",
            description = "Curators and admins. What the export gives, JSON or CSV (Content-Type text/csv, the"
                    + " schema's header line, columns in any order, separated by commas or by semicolons as French"
                    + " spreadsheets save them; a malformed file is refused with the line it goes wrong on): each"
                    + " aid is created or updated by id_aide, all or nothing. Areas are read back from their names"
                    + " (\"France\" for everywhere). What the schema does not carry is kept from the aid updated"
                    + " (English texts, eligibility rules, position); a new aid has its French texts in English too"
                    + " until translated, and no rules.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AidSchemaRecord.class,
                            maxItems = MAX_IMPORTED_AIDS)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    maxLength = MAX_IMPORT_BYTES, description = "A header line with the schema's column names, then"
                            + " one line per aid (at most " + MAX_IMPORTED_AIDS + ")")) })
    @APIResponse(responseCode = "200", description = "What was created, updated and left unchanged")
    public RestResponse<AidImportReport> importFundingAids(
            @NotNull(message = "must be a JSON array of aids") List<AidSchemaRecord> body) {
        if (body.size() > MAX_IMPORTED_AIDS) {
            throw ProblemException.invalid("body", "holds " + body.size() + " aids; an import takes at most "
                    + MAX_IMPORTED_AIDS);
        }
        return RestResponse.ResponseBuilder.ok(curation.importRecords(body, identity.getPrincipal().getName()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("/aids/{id}")
    @PermitAll
    @Operation(operationId = "getFundingAid", summary = "Get a funding aid",
            description = "Anyone. With its eligibility rules; conditional with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The aid")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
    public RestResponse<FundingAidView> getFundingAid(
            @Parameter(description = "Aid identifier", example = "innov-up") @Size(max = 80) @PathParam("id") String id,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context Request request) {
        Language language = acceptLanguage.language();
        FundingAidView aid = service.get(id, language);
        return language.label(conditional.ok(request, aid, EntityTags.versioned(aid.version(), language),
                ConditionalResponses.PUBLIC_FIVE_MINUTES)).build();
    }

    @POST
    @Path("/aids")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFundingAid", summary = "Add a funding aid",
            description = "Curators and admins. Public at once; its rules are checked like every other field"
                    + " (ranges in order, NAF codes, INSEE codes, dates in order).")
    @APIResponse(responseCode = "201", description = "The aid, with its ETag and Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundingAidView.class)))
    @APIResponse(responseCode = "409", description = "An aid with this id exists")
    public RestResponse<FundingAidView> createFundingAid(@NotNull @Valid AidDraft draft,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context UriInfo uriInfo) {
        Language language = acceptLanguage.language();
        FundingAidView aid = curation.create(draft, identity.getPrincipal().getName(), language);
        return language.label(RestResponse.ResponseBuilder.<FundingAidView> create(RestResponse.Status.CREATED)
                .entity(aid)
                .header(HttpHeaders.LOCATION, uriInfo.getPath() + "/" + aid.id())
                .tag(EntityTags.versioned(aid.version(), language))).build();
    }

    @PUT
    @Path("/aids/{id}")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceFundingAid", summary = "Change a funding aid and its rules",
            description = "Curators and admins. Replaces the whole aid; If-Match must carry the ETag of the version"
                    + " the change is based on (428 without, 412 when someone changed it since). The seed no longer"
                    + " overwrites it.")
    @APIResponse(responseCode = "200", description = "The aid as now stored, with its new ETag")
    public RestResponse<FundingAidView> replaceFundingAid(
            @Parameter(description = "Aid identifier", example = "innov-up") @Size(max = 80) @PathParam("id") String id,
            @Parameter(description = "ETag of the version this change is based on", example = "\"2-fr\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AidDraft draft, @BeanParam @Valid AcceptLanguage acceptLanguage) {
        Language language = acceptLanguage.language();
        FundingAidView aid = curation.replace(id, ifMatch, draft, identity.getPrincipal().getName(), language);
        return language.label(RestResponse.ResponseBuilder.ok(aid)
                .tag(EntityTags.versioned(aid.version(), language))).build();
    }

    @GET
    @Path("/aids/{id}/history")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "getFundingAidHistory", summary = "Get the history of a funding aid",
            description = "Curators and admins. Every change curators made to the aid (creation, edit, import), newest"
                    + " first: who, when, the version it produced and each field's value before and after, rules"
                    + " included. The seed's own writes are not in it.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public RestResponse<Page<HistoryEntryView>> getFundingAidHistory(
            @Parameter(description = "Aid identifier", example = "innov-up") @Size(max = 80) @PathParam("id") String id,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Page<HistoryEntryView> page = curation.history(id, paging);
        return PageLinks.privatePage(page, uriInfo);
    }

    @GET
    @Path("/curation/aids/review-due")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "listFundingAidsDueForReview", summary = "List the aids whose source must be read again",
            description = "Curators and admins. The aids whose source was never checked, or not for 12 months, never"
                    + " checked first, then the oldest check. Reading the source again and replacing the aid with"
                    + " the day of the check (checkedOn) takes it off the list.")
    @APIResponse(responseCode = "200", description = "A page of aids due for review")
    public RestResponse<Page<AidReview>> listFundingAidsDueForReview(@BeanParam @Valid PageParams paging,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context UriInfo uriInfo) {
        Language language = acceptLanguage.language();
        Page<AidReview> page = curation.reviewsDue(language, paging);
        // a curator's working list: PrivateAnswers keeps it out of caches
        return language.label(RestResponse.ResponseBuilder.ok(page).links(PageLinks.of(page, uriInfo))).build();
    }

    @POST
    @Path("/eligibility")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkEligibility", summary = "Find the aids a company is eligible for",
            description = "Anyone; nothing is stored. Every aid is judged against the profile: ELIGIBLE,"
                    + " PARTIALLY_ELIGIBLE (some facts unknown: unknownFacts names them), NOT_ELIGIBLE (failed names"
                    + " the rules) or EXPIRED, eligible first, a page at a time with the count of each status. Each"
                    + " fact of the profile is optional.")
    @APIResponse(responseCode = "200", description = "A page of the aids, judged")
    public RestResponse<EligibilityReport> checkEligibility(@NotNull @Valid CompanyProfile profile,
            @Parameter(description = "Only the aids of this status") @QueryParam("status") Status status,
            @BeanParam @Valid PageParams paging, @BeanParam @Valid AcceptLanguage acceptLanguage,
            @Context UriInfo uriInfo) {
        Language language = acceptLanguage.language();
        EligibilityReport report = service.eligibility(profile, status, language, paging);
        return language.label(RestResponse.ResponseBuilder.ok(report)
                .links(PageLinks.of(report.page(), report.size(), report.total(), uriInfo))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")).build();
    }
}
