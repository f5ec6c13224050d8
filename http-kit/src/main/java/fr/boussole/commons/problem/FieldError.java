package fr.boussole.commons.problem;

/**
 * One invalid input of a request: {@code field} is the path of the value in the JSON body (dots for objects,
 * brackets for array indexes, e.g. {@code translations.fr.name}, {@code items[2].code}) or the name of the query,
 * path or header parameter.
 */
public record FieldError(String field, String message) {
}
