package fr.boussole.commons.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Test data shared by the service tests, the end-to-end tests and the benchmarks, kept once as JSON in
 * {@code commons/src/test/resources/fixtures/}.
 */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /**
     * A complete set of answers to questionnaire version 3: a shop near Lyon (12 people, commerce) that buys a
     * turnkey solution and needs no DPO; it scores 61, "ready to pilot" (worked out by hand in assessment-service's
     * tests).
     */
    public static Map<String, Object> shopNearLyon() {
        return read("shop-near-lyon.json");
    }

    private static Map<String, Object> read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return JSON.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
