package fr.boussole.directory.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for catalogue-service in the directory's own tests: it answers the two public reads the directory
 * makes, from the catalogue's real seed files, so the codes it knows are the catalogue's. Setting
 * {@link #DOWN} makes it answer 503, as an unavailable catalogue would. The end-to-end tests use the real one.
 */
public class CatalogueStub implements QuarkusTestResourceLifecycleManager {

    /** While true, every request gets 503. */
    public static volatile boolean DOWN;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        Path seed = Path.of(System.getProperty("boussole.repo.root", "..")).toAbsolutePath().normalize()
                .resolve("catalogue-service/src/main/resources/seed");
        ObjectMapper mapper = new ObjectMapper();
        try {
            JsonNode sectors = mapper.readTree(seed.resolve("sectors.json").toFile());
            Set<String> useCases = new HashSet<>();
            mapper.readTree(seed.resolve("use-cases.json").toFile())
                    .forEach(useCase -> useCases.add(useCase.path("slug").asText()));
            String sectorPage = mapper.writeValueAsString(Map.of("items", sectors, "total", sectors.size()));
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/v1/catalogue/sectors", exchange -> answer(exchange, 200, sectorPage));
            server.createContext("/api/v1/catalogue/use-cases/", exchange -> {
                String slug = exchange.getRequestURI().getPath().substring("/api/v1/catalogue/use-cases/".length());
                answer(exchange, useCases.contains(slug) ? 200 : 404, "{\"slug\":\"" + slug + "\"}");
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.rest-client.catalogue.url", "http://localhost:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = (DOWN ? "{}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(DOWN ? 503 : status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
