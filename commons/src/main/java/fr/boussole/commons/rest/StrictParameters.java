package fr.boussole.commons.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import fr.boussole.commons.problem.ProblemException;

/**
 * Converts enum, boolean, integer, UUID and date query, path and header parameters strictly: enums
 * case-insensitively, booleans only from {@code true} or {@code false} (Java would read any other word as false),
 * integers only as decimal digits within their type. A value that does not convert is a 400 problem naming the
 * parameter and what it accepts, where JAX-RS would answer 404 for a query parameter ("not found" for
 * {@code ?size=abc}). Numbers, UUIDs and dates in a path keep the 404: such a path names no resource.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, parameterName(annotations));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new BooleanConverter(parameterName(annotations));
        }
        String parameter = parameterName(annotations);
        if (isPathParameter(annotations)) {
            return null; // a malformed id or number in a path names nothing: 404, as JAX-RS answers
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(parameter, "must be a whole number", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(parameter, "must be a whole number", Long::valueOf);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(parameter, "must be a UUID", StrictParameters::uuid);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(parameter, "must be a date (YYYY-MM-DD)", LocalDate::parse);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) new Converter<>(parameter, "must be an instant (2026-11-01T00:00:00Z)",
                    Instant::parse);
        }
        return null;
    }

    /** UUID.fromString accepts short groups ("1-2-3-4-5"); only the canonical 36 characters are taken here. */
    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(value);
    }

    private static boolean isPathParameter(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(PathParam.class::isInstance);
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }

    private record BooleanConverter(String parameter) implements ParamConverter<Boolean> {

        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            if ("true".equalsIgnoreCase(value.trim())) {
                return Boolean.TRUE;
            }
            if ("false".equalsIgnoreCase(value.trim())) {
                return Boolean.FALSE;
            }
            throw ProblemException.invalid(parameter, "must be true or false");
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    }

    /** A parameter read by {@code parse}: any failure is the parameter's 400 with this message. */
    private record Converter<T>(String parameter, String message, Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (RuntimeException e) {
                throw ProblemException.invalid(parameter, message);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String parameter) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.name().equalsIgnoreCase(value.trim()))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalid(parameter, "must be one of "
                            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
