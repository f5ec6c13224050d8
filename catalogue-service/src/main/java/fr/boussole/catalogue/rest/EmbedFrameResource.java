package fr.boussole.catalogue.rest;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.catalogue.service.EmbedKeyService;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/**
 * The catalogue's frame on partner pages, which the widget's script tag inserts: anyone may load it, from a page of
 * an origin its key allows.
 */
@Path("/api/v1/catalogue/embed/{key}/frame")
@PermitAll
@Tag(name = "Embed keys")
public class EmbedFrameResource {

    private static final String CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private final EmbedKeyService embedKeys;
    private final String widgetVersion;

    EmbedFrameResource(EmbedKeyService embedKeys,
            @ConfigProperty(name = "quarkus.application.version") String widgetVersion) {
        this.embedKeys = embedKeys;
        this.widgetVersion = widgetVersion;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getEmbedFrame", summary = "The catalogue's frame for a partner page",
            description = "Anyone. An HTML page that only the key's origins may frame (frame-ancestors); a page of"
                    + " another origin (told by Referer) gets 403, an unknown or inactive key 404. Counted in the"
                    + " key's usage. The page's language and starting filters, when given, win over the key's.")
    @APIResponse(responseCode = "200", description = "The frame's page")
    public RestResponse<String> getEmbedFrame(
            @Parameter(description = "The partner's embed key", example = "pk_3k9x2m7q8w1e5r6t4y0u2i9o")
            @Size(max = 40) @PathParam("key") String key,
            @Parameter(description = "fr or en", example = "fr") @QueryParam("lang") @Pattern(regexp = "^(fr|en)$")
            @Size(max = 2) String language,
            @Parameter(description = "Sector to open on", example = "commerce") @QueryParam("sector")
            @Pattern(regexp = CODE) @Size(max = 80) String sector,
            @Parameter(description = "Business function to open on", example = "marketing-vente")
            @QueryParam("function") @Pattern(regexp = CODE) @Size(max = 80) String function,
            @Parameter(description = "The page that frames the catalogue, as browsers send it (they cap it at 4096"
                    + " characters)") @HeaderParam("Referer") @Size(max = 4096) String referer) {
        Optional<String> pageOrigin = EmbedKeyService.originOf(referer);
        EmbedKeyService.FrameDecision decision = embedKeys.frame(key, pageOrigin, widgetVersion, language, sector,
                function);
        if (!decision.originAllowed()) {
            // only a known origin can be refused
            throw new ProblemException(ProblemType.FORBIDDEN, "This embed key does not allow pages of "
                    + pageOrigin.orElseThrow());
        }
        return RestResponse.ResponseBuilder.ok(decision.page(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", decision.contentSecurityPolicy())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
