package fr.boussole.catalogue.rest;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.rest.dto.CatalogueDump;
import fr.boussole.catalogue.rest.dto.TermExport;
import fr.boussole.catalogue.service.Taxonomy;
import fr.boussole.catalogue.service.TaxonomyService;
import fr.boussole.catalogue.service.UseCaseService;
import fr.boussole.commons.http.ConditionalResponses;

@Path("/api/v1/catalogue/dump")
@Tag(name = "Dump", description = "The whole published catalogue in one document, for integrators")
public class CatalogueDumpResource {

    private final TaxonomyService taxonomy;
    private final UseCaseService catalogue;
    private final ObjectMapper mapper;

    CatalogueDumpResource(TaxonomyService taxonomy, UseCaseService catalogue, ObjectMapper mapper) {
        this.taxonomy = taxonomy;
        this.catalogue = catalogue;
        this.mapper = mapper;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dumpCatalogue", summary = "Dump the published catalogue",
            description = "Public. Sectors, business functions and every published use case, in every language,"
                    + " streamed: the answer starts at once and its size does not weigh on the service. Revalidate"
                    + " with If-None-Match rather than downloading it again.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CatalogueDump.class)))
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current")
    public Response dumpCatalogue(@Context Request request) {
        EntityTag tag = new EntityTag(catalogue.dumpVersion() + "-" + taxonomy.versionStamp(), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, ConditionalResponses.PUBLIC_FIVE_MINUTES)
                    .build();
        }
        List<TermExport> sectors = taxonomy.export(Taxonomy.SECTOR);
        List<TermExport> functions = taxonomy.export(Taxonomy.BUSINESS_FUNCTION);
        StreamingOutput body = output -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(output)) {
                json.writeStartObject();
                json.writeFieldName("sectors");
                mapper.writeValue(json, sectors);
                json.writeFieldName("businessFunctions");
                mapper.writeValue(json, functions);
                json.writeArrayFieldStart("useCases");
                catalogue.forEachPublishedDocument(json::writeRawValue);
                json.writeEndArray();
                json.writeEndObject();
            } catch (SQLException e) {
                throw new IOException("The dump could not be read from the database", e);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, ConditionalResponses.PUBLIC_FIVE_MINUTES)
                .build();
    }
}
