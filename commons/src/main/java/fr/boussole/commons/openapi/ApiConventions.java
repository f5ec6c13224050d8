package fr.boussole.commons.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import fr.boussole.commons.http.IfNoneMatchBound;
import fr.boussole.commons.idempotency.IdempotencyFilter;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.commons.web.RequestIds;

/**
 * Writes the suite's API conventions into the OpenAPI document, from the conventions the code follows, so the
 * contract states them consistently without repeating them on each resource method.
 * <p>
 * Error answers: 400 everywhere (a path not in canonical form; and invalid bodies, parameters and
 * {@code Idempotency-Key}s), 401 everywhere (an invalid token is refused even where none is needed), 403 for secured
 * ones, 404 for paths with parameters, 412 and 428 for writes guarded by {@code If-Match},
 * 413 and 415 for operations with a body, 500 everywhere. Every {@code POST} takes an {@code Idempotency-Key}
 * (commons' {@code IdempotencyFilter}), with its 409 and 422. Every problem answer is
 * {@code application/problem+json} with the shared {@code Problem} schema, and every answer documents
 * {@code X-Request-Id}; the other headers follow from what the operation takes and answers (see
 * {@code declareHeaders}).
 * <p>
 * Roles: the generator lists the roles of {@code @RolesAllowed} as scopes of the OpenID Connect requirement, but they
 * are realm roles, not scopes a client can request; they move to the {@code x-roles} extension. An operation any
 * signed-in user may call ({@code @Authenticated}) says {@code x-roles: [authenticated]}. Every secured operation
 * also accepts the {@code bearer} scheme (HTTP bearer, JWT): the same Keycloak token, for generators that ignore an
 * OpenID Connect scheme and would otherwise send no {@code Authorization} header.
 * <p>
 * Strings of a fixed format (a date, a UUID) carry the format's length as {@code maxLength}; their parsers refuse
 * longer ones.
 * <p>
 * Absent values: a view's schema lists every property it always has as {@code required} ({@link PresentProperties}).
 * <p>
 * Register it with {@code mp.openapi.filter}.
 */
public class ApiConventions implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String FIELD_ERROR_SCHEMA = "#/components/schemas/FieldError";
    private static final String REQUEST_ID_HEADER_REF = "#/components/headers/RequestId";
    private static final String IDEMPOTENCY_KEY_REF = "#/components/parameters/IdempotencyKey";
    private static final String IF_NONE_MATCH_REF = "#/components/parameters/IfNoneMatch";
    private static final String AUTHENTICATED = "authenticated";
    private static final String BEARER_SCHEME = "bearer";

    /**
     * Extension of an operation that serves anonymous callers and signed-in users alike
     * ({@code @Operation(extensions = @Extension(name = OPTIONAL_SIGN_IN, value = "true"))}): its security becomes
     * {@code [{}, keycloak, bearer]}, so generated clients send the token when they have one, and its 401 is
     * documented. The extension is not published.
     */
    public static final String OPTIONAL_SIGN_IN = "x-optional-sign-in";

    /** Strings of these formats are never longer than the format allows (RFC 3339 full-date, RFC 9562 UUID). */
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("date", 10, "uuid", 36);

    @Override
    public Schema filterSchema(Schema schema) {
        Integer formatLength = schema.getFormat() == null ? null : FORMAT_LENGTHS.get(schema.getFormat());
        if (formatLength != null && schema.getMaxLength() == null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING)) {
            schema.setMaxLength(formatLength);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        CurationTexts.fill(openAPI);
        addComponents(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(openAPI, path, item, method, operation)));
        tagVersionedRepresentations(openAPI);
        PresentProperties.apply(openAPI);
    }

    private void document(OpenAPI openAPI, String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasQuery = parameters(item, operation).stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY);
        boolean hasPatternedPath = parameters(item, operation).stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH && parameter.getSchema() != null
                        && parameter.getSchema().getPattern() != null);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean signInOptional = operation.getExtensions() != null
                && operation.getExtensions().containsKey(OPTIONAL_SIGN_IN);
        if (secured) {
            moveRolesOutOfScopes(operation);
        } else if (signInOptional) {
            operation.removeExtension(OPTIONAL_SIGN_IN);
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(keycloakScheme(openAPI)),
                    OASFactory.createSecurityRequirement().addScheme(BEARER_SCHEME)));
        }
        boolean guardedByIfMatch = parameters(item, operation).stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));

        // every path is checked for its canonical form (CanonicalPaths) before anything else
        problem(operation, ProblemType.VALIDATION_ERROR, hasBody || hasQuery || hasPatternedPath
                || method == PathItem.HttpMethod.POST
                        ? "The request is invalid; errors[] lists each invalid input (or the path is not canonical)"
                        : "The path is not in canonical form");
        if (signInOptional) {
            problem(operation, ProblemType.UNAUTHORIZED, "A bearer access token was sent but is not valid (expired,"
                    + " wrong issuer, audience or signature); send none to call anonymously");
        } else if (!secured) {
            // a token, when sent, is checked on every request, even where none is needed
            problem(operation, ProblemType.UNAUTHORIZED, "A bearer access token was sent but is not valid (expired,"
                    + " wrong issuer, audience or signature); this operation needs none");
        }
        if (secured) {
            problem(operation, ProblemType.UNAUTHORIZED, "No valid bearer access token (missing, expired, wrong"
                    + " issuer, audience or signature)");
            problem(operation, ProblemType.FORBIDDEN, "The caller's roles or organisation do not allow this operation");
        }
        if (path.contains("{")) {
            problem(operation, ProblemType.NOT_FOUND, "No resource with this id");
        }
        if (guardedByIfMatch) {
            problem(operation, ProblemType.PRECONDITION_FAILED, "The If-Match ETag is not the current version");
            problem(operation, ProblemType.PRECONDITION_REQUIRED, "The If-Match header is missing");
        }
        if (hasBody) {
            problem(operation, ProblemType.PAYLOAD_TOO_LARGE, "The request body is over the size limit");
            problem(operation, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body is not application/json");
        }
        if (method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter().ref(IDEMPOTENCY_KEY_REF));
            problem(operation, ProblemType.IDEMPOTENCY_KEY_IN_USE, "A request with this Idempotency-Key is still"
                    + " being processed");
            problem(operation, ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was first sent with another"
                    + " request");
        }
        problem(operation, ProblemType.INTERNAL_ERROR, "Unexpected error; quote the request id when reporting it");
        declareHeaders(item, method, operation, guardedByIfMatch);
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(RequestIds.HEADER)) {
                response.addHeader(RequestIds.HEADER, OASFactory.createHeader().ref(REQUEST_ID_HEADER_REF));
            }
        });
        operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
    }

    /**
     * The headers of the answers, from the conventions the code follows: a read that can answer 304 takes
     * {@code If-None-Match} and tags its answers ({@code ETag}); so do the writes guarded by {@code If-Match} (and
     * every answer that gives what they write: {@code tagVersionedRepresentations}); an operation that takes
     * {@code Accept-Language} says {@code Content-Language}; a page of a list links the others ({@code Link}); a
     * creation says where ({@code Location}); a {@code POST} may be an idempotent replay ({@code Idempotent-Replayed}).
     */
    private static void declareHeaders(PathItem item, PathItem.HttpMethod method, Operation operation,
            boolean guardedByIfMatch) {
        boolean cacheable = method == PathItem.HttpMethod.GET
                && operation.getResponses().getAPIResponses().containsKey("304");
        boolean localized = named(parameters(item, operation), "Accept-Language", Parameter.In.HEADER);
        boolean paged = named(parameters(item, operation), "page", Parameter.In.QUERY);
        if (cacheable) {
            operation.addParameter(OASFactory.createParameter().ref(IF_NONE_MATCH_REF));
        }
        operation.getResponses().getAPIResponses().forEach((status, answer) -> {
            boolean success = status.startsWith("2");
            boolean hasBody = answer.getContent() != null && !answer.getContent().getMediaTypes().isEmpty();
            if (cacheable && status.equals("304")
                    || success && hasBody && (cacheable || guardedByIfMatch)) {
                header(answer, HttpHeaders.ETAG);
            }
            if (success && localized) {
                header(answer, HttpHeaders.CONTENT_LANGUAGE);
            }
            if (status.equals("200") && paged) {
                header(answer, HttpHeaders.LINK);
            }
            if (status.equals("201")) {
                header(answer, HttpHeaders.LOCATION);
            }
            if (success && method == PathItem.HttpMethod.POST) {
                header(answer, IdempotencyFilter.REPLAYED_HEADER);
            }
        });
    }

    /**
     * A representation that a write guarded by {@code If-Match} answers is versioned: every answer that gives it
     * (its read, its creation, the other writes on it) carries its {@code ETag}, the one to send in {@code If-Match}.
     */
    private static void tagVersionedRepresentations(OpenAPI openAPI) {
        Set<String> versioned = new TreeSet<>();
        forEachSuccess(openAPI, (operation, answer) -> {
            if (operation.getParameters() != null
                    && named(operation.getParameters(), "If-Match", Parameter.In.HEADER)) {
                versioned.addAll(schemaRefs(answer));
            }
        });
        forEachSuccess(openAPI, (operation, answer) -> {
            if (schemaRefs(answer).stream().anyMatch(versioned::contains)) {
                header(answer, HttpHeaders.ETAG);
            }
        });
    }

    private static void forEachSuccess(OpenAPI openAPI, BiConsumer<Operation, APIResponse> action) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> operation.getResponses().getAPIResponses().forEach((status, answer) -> {
                    if (status.startsWith("2")) {
                        action.accept(operation, answer);
                    }
                })));
    }

    private static Set<String> schemaRefs(APIResponse answer) {
        Set<String> refs = new TreeSet<>();
        if (answer.getContent() != null) {
            answer.getContent().getMediaTypes().values().stream()
                    .filter(media -> media.getSchema() != null && media.getSchema().getRef() != null)
                    .forEach(media -> refs.add(media.getSchema().getRef()));
        }
        return refs;
    }

    private static boolean named(List<Parameter> parameters, String name, Parameter.In in) {
        return parameters.stream().anyMatch(parameter -> name.equalsIgnoreCase(parameter.getName())
                && parameter.getIn() == in);
    }

    private static void header(APIResponse answer, String name) {
        if (answer.getHeaders() == null || !answer.getHeaders().containsKey(name)) {
            answer.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
        }
    }

    private static void moveRolesOutOfScopes(Operation operation) {
        Set<String> roles = new TreeSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            Map<String, List<String>> schemes = Map.copyOf(requirement.getSchemes());
            schemes.forEach((scheme, scopes) -> {
                roles.addAll(scopes);
                requirement.addScheme(scheme, new java.util.ArrayList<>());
            });
        }
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER_SCHEME));
        operation.addExtension("x-roles", roles.isEmpty() ? List.of(AUTHENTICATED) : List.copyOf(roles));
    }

    /** The name of the OpenID Connect scheme the service declares ({@code quarkus.smallrye-openapi.security-scheme-name}). */
    private static String keycloakScheme(OpenAPI openAPI) {
        return openAPI.getComponents().getSecuritySchemes().entrySet().stream()
                .filter(scheme -> scheme.getValue().getType() == SecurityScheme.Type.OPENIDCONNECT)
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("No OpenID Connect security scheme to make optional"));
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new java.util.ArrayList<>();
        Optional.ofNullable(item.getParameters()).ifPresent(all::addAll);
        Optional.ofNullable(operation.getParameters()).ifPresent(all::addAll);
        return all;
    }

    /** Adds or completes the answer for the type's status: a description, and the problem body. */
    private void problem(Operation operation, ProblemType type, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        String status = Integer.toString(type.status());
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            operation.getResponses().addAPIResponse(status, response);
        } else if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().startsWith("Not ")) {
            response.setDescription(description);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
    }

    private static void addComponents(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        components.addSchema("FieldError", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid input of the request")
                .required(List.of("field", "message"))
                .properties(ordered(
                        "field", string("Path of the value in the JSON body, or name of the parameter"),
                        "message", string("What is wrong with it"))));
        components.addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; clients branch on type, never on title or detail")
                .required(List.of("type", "title", "status"))
                .properties(ordered(
                        "type", string("URI of the problem type, documented in docs/problems.md")
                                .format("uri").examples(List.of(ProblemType.VALIDATION_ERROR.uri())),
                        "title", string("Short summary of the problem type").examples(List.of("Invalid request")),
                        "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                                .format("int32").minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599))
                                .description("HTTP status code").examples(List.of(400)),
                        "detail", string("Explanation of this occurrence").examples(List.of("1 field is invalid")),
                        "instance", string("Path of the request that failed"),
                        "requestId", string("Id of the request, as in the X-Request-Id header"),
                        "errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .description("Invalid inputs, on validation failures")
                                .items(OASFactory.createSchema().ref(FIELD_ERROR_SCHEMA)))));
        components.addSecurityScheme(BEARER_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the Keycloak realm boussole (the keycloak scheme says where to get"
                        + " one), sent as Authorization: Bearer <token>; the same token as the keycloak scheme, for"
                        + " clients that do not read OpenID Connect discovery. Tokens are handled as RFC8725 advises:"
                        + " a signed JWT (JWS) whose algorithm the server fixes from the realm's keys, never from the"
                        + " token (no alg none); signature, issuer, audience and expiry are checked on every call"));
        components.addParameter("IdempotencyKey", OASFactory.createParameter()
                .name("Idempotency-Key")
                .in(Parameter.In.HEADER)
                .description("A key of the client's choice (a UUID, say) that makes the request safe to send again:"
                        + " the same key with the same request gets the first answer again (header"
                        + " Idempotent-Replayed: true) without a second effect; with another request, 422; while the"
                        + " first still runs, 409 (a first request that never answered, a crash, holds its key a"
                        + " minute at most; then the same request runs again). Keys belong to the caller and expire"
                        + " after 24 hours; without a token, a key has at least 16 characters.")
                .schema(string("1 to 255 visible ASCII characters (16 or more without a token)").maxLength(255)
                        .examples(List.of("8e03978e-40d5-43e8-bc93-6894a57f9324"))));
        components.addParameter("IfNoneMatch", OASFactory.createParameter()
                .name(HttpHeaders.IF_NONE_MATCH)
                .in(Parameter.In.HEADER)
                .description("The ETag of the copy the caller holds (or several, comma-separated): the answer is then"
                        + " 304 Not Modified, without a body, while it is current")
                .schema(string("Entity tags, as ETag gave them").maxLength(IfNoneMatchBound.MAX_LENGTH)
                        .examples(List.of("\"3-fr\""))));
        components.addHeader(HttpHeaders.ETAG, OASFactory.createHeader()
                .description("The version of this representation: send it in If-None-Match to revalidate a copy, or"
                        + " in If-Match to write over this version")
                .schema(string("An entity tag").examples(List.of("\"3-fr\""))));
        components.addHeader(HttpHeaders.CONTENT_LANGUAGE, OASFactory.createHeader()
                .description("The language of the answer's texts, as Accept-Language chose it")
                .schema(string("fr or en").enumeration(List.of("fr", "en"))));
        components.addHeader(HttpHeaders.LINK, OASFactory.createHeader()
                .description("Links to the first, previous, next and last pages of the list (RFC 8288), those that"
                        + " exist, with the same filters")
                .schema(string("Comma-separated links").examples(List.of(
                        "</api/v1/catalogue/use-cases?page=1&size=20>; rel=\"next\""))));
        components.addHeader(HttpHeaders.LOCATION, OASFactory.createHeader()
                .description("The address of what was created, as a path on this API; absent when what was created"
                        + " has no address of its own")
                .schema(string("A URI").format("uri-reference")));
        components.addHeader(IdempotencyFilter.REPLAYED_HEADER, OASFactory.createHeader()
                .description("true when this is the stored answer to an earlier request with the same"
                        + " Idempotency-Key (nothing was done again); absent otherwise")
                .schema(string("true").enumeration(List.of("true"))));
        components.addHeader("RequestId", OASFactory.createHeader()
                .description("Id of the request: the caller's X-Request-Id when acceptable, else a new one")
                .schema(string("Request id")));
    }

    /** Properties in the order given, so the document is the same on every start. */
    private static Map<String, Schema> ordered(Object... namesAndSchemas) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return properties;
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
