package fr.boussole.commons.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The suite's one rule for a value that is not there: the property is left out of the JSON, never sent as
 * {@code null}. The contract states it the same way (a view lists as required every property it always has, see
 * {@code PresentProperties}), so generated clients type a property either as always present or as optional, never
 * as "present but maybe null". Classes may still leave out more ({@code NON_EMPTY} on problem documents).
 * Request bodies are not affected: a {@code null} sent by a client keeps its meaning (removing an answer in a merge
 * patch).
 */
@Singleton
public class NullsOmitted implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.USE_DEFAULTS));
    }
}
