package fr.boussole.commons.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import fr.boussole.commons.problem.ProblemException;

/**
 * Converts enum and boolean query, path and header parameters strictly: enums case-insensitively, booleans only
 * from {@code true} or {@code false} (Java would read any other word as false). An unknown value is a 400 problem
 * naming the parameter and what it accepts, where JAX-RS would answer 404 for a query parameter.
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
        return null;
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
