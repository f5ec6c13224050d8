package fr.boussole.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.directory.rest.dto.Comparison;
import fr.boussole.directory.rest.dto.ComparisonRequest;
import fr.boussole.directory.service.partner.PartnerEvaluationService;

@Path("/api/v1/directory/comparisons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Choosing a partner")
public class PartnerComparisonResource {

    private final PartnerEvaluationService evaluations;

    PartnerComparisonResource(PartnerEvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "comparePartners", summary = "Compare partners under your own weights",
            description = "Anyone; nothing is stored. Two to five published partners side by side: each one's"
                    + " weighted score is the weighted average of the criteria judged by its evaluations, and each"
                    + " criterion's contribution says what it brought, so the ranking explains itself. A criterion"
                    + " left out of the weights weighs 1; a weight of 0 ignores it.")
    @APIResponse(responseCode = "200", description = "The partners, best score first")
    public RestResponse<Comparison> comparePartners(@NotNull @Valid ComparisonRequest request) {
        return RestResponse.ResponseBuilder.ok(evaluations.compare(request))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

}
