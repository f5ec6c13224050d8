package fr.boussole.catalogue.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

import fr.boussole.catalogue.rest.dto.GuidanceView;
import fr.boussole.catalogue.service.GuidanceService;
import fr.boussole.commons.http.ConditionalResponses;
import fr.boussole.commons.i18n.AcceptLanguage;
import fr.boussole.commons.i18n.Language;

@Path("/api/v1/catalogue/guidance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guidance", description = "The guide's advice and what the EU AI Act asks of an SME that uses AI, each"
        + " point with its source and the day it was checked")
public class GuidanceResource {

    private final GuidanceService guidance;
    private final ConditionalResponses conditional;

    GuidanceResource(GuidanceService guidance, ConditionalResponses conditional) {
        this.guidance = guidance;
        this.conditional = conditional;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getGuidance", summary = "Read the guide's advice and the AI Act's duties",
            description = "Public, in the language of Accept-Language (fr by default, or en): the eight criteria to"
                    + " choose a partner, the four ethics pillars, the GDPR (scope included) and the CNIL's missions,"
                    + " when a DPO is mandatory, the five first pitfalls, the ways to pay for a project (self-financing,"
                    + " bank loan, public aids), and the AI Act's categories and calendar"
                    + " with the duties of a company that uses AI. Cacheable; conditional with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The guidance")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<GuidanceView> getGuidance(@BeanParam @Valid AcceptLanguage acceptLanguage,
            @Context Request request) {
        Language language = acceptLanguage.language();
        return language.label(conditional.ok(request, guidance.view(language),
                ConditionalResponses.PUBLIC_FIVE_MINUTES)).build();
    }
}
