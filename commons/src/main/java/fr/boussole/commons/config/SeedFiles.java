package fr.boussole.commons.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a seed data file (JSON) shipped in the application. */
public final class SeedFiles {

    private SeedFiles() {
    }

    public static <T> T read(ObjectMapper mapper, String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing from the application: " + resource);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed file " + resource + " is unreadable", e);
        }
    }
}
