package fr.boussole.commons.problem;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.web.RequestIds;

/** Endpoints that fail in every way the suite's problem handling must cover. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProbeResource {

    public enum Colour { RED, GREEN }

    public record Item(@NotBlank String code, @Min(1) int quantity) {
    }

    public record Order(@NotBlank String reference, @NotNull Colour colour, @NotEmpty List<@Valid Item> items,
            Map<String, @Valid Item> byName) {
    }

    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Order create(@NotNull @Valid Order order) {
        return order;
    }

    @GET
    @Path("/numbers")
    public RestResponse<Page<Integer>> numbers(@BeanParam @Valid PageParams paging, @Context UriInfo uriInfo,
            @QueryParam("max") @Min(1) @Max(1000) Integer max) {
        List<Integer> all = java.util.stream.IntStream.rangeClosed(1, max == null ? 45 : max).boxed().toList();
        Page<Integer> page = Page.slice(all, paging);
        return RestResponse.ResponseBuilder.ok(page).links(PageLinks.of(page, uriInfo)).build();
    }

    @GET
    @Path("/colour")
    public String colour(@QueryParam("colour") Colour colour, @QueryParam("bright") Boolean bright) {
        return "{\"colour\":\"" + colour + "\",\"bright\":" + bright + "}";
    }

    @PUT
    @Path("/versioned")
    @Consumes(MediaType.APPLICATION_JSON)
    public String versioned(@HeaderParam("If-Match") String ifMatch, String body) {
        EntityTags.requireIfMatch(ifMatch, 7);
        return "{\"version\":8}";
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw ProblemException.conflict("Already taken");
    }

    @GET
    @Path("/optimistic-lock")
    public String optimisticLock() {
        throw new IllegalStateException("commit failed", new OptimisticLockException("row was updated"));
    }

    @GET
    @Path("/crash")
    public String crash() {
        throw new IllegalStateException("secret internal detail at com.example.Secret");
    }

    @GET
    @Path("/request-id")
    public String requestId() {
        return "{\"requestId\":\"" + MDC.get(RequestIds.MDC_KEY) + "\"}";
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed("admin")
    public String adminOnly() {
        return "{}";
    }
}
