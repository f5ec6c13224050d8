package fr.boussole.commons.idempotency;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Creating endpoints that count their effects, so a test sees whether a request ran once or twice. */
@Path("/probe/idempotent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class IdempotentProbeResource {

    public record NewThing(@NotBlank String name) {
    }

    public record Thing(int id, String name, @ShownOnce String secret) {
    }

    static final AtomicInteger CREATED = new AtomicInteger();
    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();
    static volatile CountDownLatch slowRelease = new CountDownLatch(0);

    @POST
    @Path("/things")
    public Response create(@Valid NewThing thing) {
        return created(thing);
    }

    /** Fails with a 500 while {@link #FAILURES_LEFT} is positive, then creates. */
    @POST
    @Path("/flaky-things")
    public Response createFlaky(NewThing thing) {
        if (FAILURES_LEFT.getAndDecrement() > 0) {
            throw new IllegalStateException("the database went away");
        }
        return created(thing);
    }

    /** Waits for the test to open {@link #slowRelease}, so a second request arrives while this one runs. */
    @POST
    @Path("/slow-things")
    public Response createSlowly(NewThing thing) throws InterruptedException {
        slowRelease.await(10, TimeUnit.SECONDS);
        return created(thing);
    }

    private static Response created(NewThing thing) {
        int id = CREATED.incrementAndGet();
        return Response.created(URI.create("/probe/idempotent/things/" + id))
                .entity(new Thing(id, thing.name(), "secret-" + id))
                .header("ETag", "\"" + id + "\"").build();
    }
}
