package fr.boussole.commons.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cacheable JSON reads: {@code ETag}, {@code Cache-Control}, and {@code 304 Not Modified} when the caller's
 * {@code If-None-Match} names the current representation.
 */
@ApplicationScoped
public class ConditionalResponses {

    /** Public reference content: shared caches may keep it five minutes, then revalidate with the ETag. */
    public static final String PUBLIC_FIVE_MINUTES = "public, max-age=300";

    private final ObjectMapper mapper;

    ConditionalResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Tags the body with a hash of its JSON form. */
    public <T> RestResponse.ResponseBuilder<T> ok(Request request, T body, String cacheControl) {
        return ok(request, body, new EntityTag(hash(body)), cacheControl);
    }

    /** Tags the body with a tag the caller computed, e.g. from a version. */
    public <T> RestResponse.ResponseBuilder<T> ok(Request request, T body, EntityTag tag, String cacheControl) {
        RestResponse.ResponseBuilder<T> answer = request.evaluatePreconditions(tag) == null
                ? RestResponse.ResponseBuilder.ok(body)
                : RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED);
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /**
     * A tag for one representation of the body (e.g. "csv"): representations of the same content have tags of
     * their own, so a cache never answers one with the other.
     */
    public EntityTag tag(Object body, String representation) {
        return new EntityTag(hash(body) + "-" + representation);
    }

    private String hash(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(body));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body could not be serialised", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
