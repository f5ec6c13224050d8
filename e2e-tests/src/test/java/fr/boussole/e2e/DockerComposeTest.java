package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.testing.OpenApiContract;

/**
 * No Docker engine runs where the suite is built, so {@code docker-compose.yml} is checked here against what it
 * must agree with: each service's Quarkus configuration (ports, the properties its environment overrides,
 * database, realm), its Dockerfile, the PostgreSQL init script, the realm file and the gateway's routes.
 */
class DockerComposeTest {

    private static final List<String> APPLICATIONS = List.of("catalogue-service", "assessment-service",
            "directory-service", "gateway");
    private static final List<String> DATABASE_SERVICES = List.of("catalogue-service", "assessment-service",
            "directory-service");

    private static Path root;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        root = OpenApiContract.repositoryRoot();
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    private static Properties quarkusConfig(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                root.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    /** The environment variable MicroProfile Config reads for a property. */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        return (Map<String, String>) services.get(service).getOrDefault("environment", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(String service, String name) {
        return (T) services.get(service).get(name);
    }

    @Test
    void composesTheWholeSuite() {
        assertThat(services).containsOnlyKeys("postgres", "redis", "keycloak", "catalogue-service",
                "assessment-service", "directory-service", "gateway", "partner-site");
    }

    @Test
    void theGatewayReplicasCountRateLimitsInTheComposedRedis() throws IOException {
        assertThat(quarkusConfig("gateway").getProperty("quarkus.redis.hosts")).startsWith("redis://");
        assertThat(environment("gateway")).containsEntry("QUARKUS_REDIS_HOSTS", "redis://redis:6379");
        assertThat(this.<String>field("redis", "image")).startsWith("redis:");
    }

    @Test
    void theDemoPartnerSiteEmbedsTheCatalogueFromAnOriginItsKeyAllows() throws IOException {
        Properties gateway = quarkusConfig("gateway");
        List<String> volumes = field("partner-site", "volumes");
        assertThat(volumes).containsExactly("./demo/partner-site:/usr/share/nginx/html:ro");
        List<String> ports = field("partner-site", "ports");
        assertThat(ports).hasSize(1);
        String origin = "http://localhost:" + ports.get(0).split(":")[0];

        String page = Files.readString(root.resolve("demo/partner-site/index.html"));
        Matcher tag = Pattern.compile("<script src=\"(http://localhost:\\d+)/embed/v1/boussole-catalogue\\.js\""
                + "\\s+data-key=\"(pk_\\w+)\"").matcher(page);
        assertThat(tag.find()).as("the page's script tag").isTrue();
        assertThat(tag.group(1)).isEqualTo("http://localhost:" + gateway.getProperty("quarkus.http.port"));
        assertThat(environment("catalogue-service")).containsEntry("BOUSSOLE_EMBED_DEMO_KEY", tag.group(2))
                .containsEntry("BOUSSOLE_EMBED_DEMO_ORIGINS", origin);
        assertThat(gateway.getProperty("boussole.gateway.cors.allowed-origins").split(",")).contains(origin);
    }

    @Test
    void eachApplicationIsBuiltFromItsOwnDockerfile() throws IOException {
        for (String application : APPLICATIONS) {
            Map<String, String> build = field(application, "build");
            assertThat(build).as(application).containsEntry("context", ".")
                    .containsEntry("dockerfile", application + "/Dockerfile");
            String dockerfile = Files.readString(root.resolve(application).resolve("Dockerfile"));
            String port = quarkusConfig(application).getProperty("quarkus.http.port");
            assertThat(dockerfile).as(application + "/Dockerfile")
                    .contains("-pl " + application + " ")
                    .contains("/src/" + application + "/target/quarkus-app/")
                    .contains("EXPOSE " + port);
        }
    }

    @Test
    void containersRunWithTheJvmOptionsOfTheNativeSuite() throws IOException {
        String options = Files.readString(root.resolve("bin/java-options"));
        for (String application : APPLICATIONS) {
            String variable = "gateway".equals(application) ? "GATEWAY_JAVA_OPTS" : "SERVICE_JAVA_OPTS";
            Matcher defaults = Pattern.compile(variable + "=\\$\\{[A-Z_]+:-(.+)}").matcher(options);
            assertThat(defaults.find()).as(variable + " in bin/java-options").isTrue();
            assertThat(Files.readString(root.resolve(application).resolve("Dockerfile")))
                    .as(application + "/Dockerfile").contains("JAVA_OPTS_APPEND=\"" + defaults.group(1) + "\"");
        }
    }

    @Test
    void publishedPortsAreTheQuarkusPorts() throws IOException {
        for (String application : APPLICATIONS) {
            String port = quarkusConfig(application).getProperty("quarkus.http.port");
            assertThat(port).as(application).isNotNull();
            List<String> ports = field(application, "ports");
            assertThat(ports).as(application).containsExactly(port + ":" + port);
        }
    }

    @Test
    void everyEnvironmentVariableOverridesAPropertyTheServiceConfigures() throws IOException {
        for (String application : APPLICATIONS) {
            Set<String> known = quarkusConfig(application).stringPropertyNames().stream()
                    .filter(property -> !property.startsWith("%"))
                    .map(DockerComposeTest::environmentName)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
            known.add("QUARKUS_PROFILE");
            assertThat(environment(application).keySet()).as(application + " environment").isSubsetOf(known);
        }
    }

    /**
     * The webhook secrets' demo key is in the repository: the assessment service refuses it outside the demo
     * profile, so the composed suite says it is a demo instead of passing that key as if it were a real one.
     */
    @Test
    void theComposedSuiteRunsTheDemoProfileAndPassesNoDemoSecret() throws IOException {
        String demoKey = quarkusConfig("assessment-service").getProperty(
                "%dev,test,demo.boussole.webhooks.encryption-key");
        assertThat(demoKey).as("the demo key of the demo profile").isNotBlank();
        assertThat(Files.readString(root.resolve("docker-compose.yml"))).doesNotContain(demoKey);
        assertThat(environment("assessment-service")).containsEntry("QUARKUS_PROFILE", "prod,demo")
                .doesNotContainKey("BOUSSOLE_WEBHOOKS_ENCRYPTION_KEY");
    }

    @Test
    void eachServiceUsesItsOwnDatabaseCreatedByTheInitScript() throws IOException {
        String init = Files.readString(root.resolve("docker/postgres/init/01-boussole.sql"));
        Matcher role = Pattern.compile("CREATE ROLE (\\w+) LOGIN CREATEDB PASSWORD '([^']+)'").matcher(init);
        assertThat(role.find()).as("the init script creates the services' login").isTrue();
        assertThat(field("postgres", "volumes").toString()).contains("./docker/postgres/init:/docker-entrypoint-initdb.d");

        Set<String> databases = new java.util.HashSet<>();
        for (String service : DATABASE_SERVICES) {
            Map<String, String> env = environment(service);
            URI composeUrl = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
            URI nativeUrl = URI.create(quarkusConfig(service).getProperty("quarkus.datasource.jdbc.url")
                    .substring("jdbc:".length()));
            assertThat(composeUrl.getHost()).as(service).isEqualTo("postgres");
            assertThat(composeUrl.getPort()).as(service).isEqualTo(nativeUrl.getPort());
            assertThat(composeUrl.getPath()).as(service + " database").isEqualTo(nativeUrl.getPath());
            String database = composeUrl.getPath().substring(1);
            assertThat(init).as("init script").contains("CREATE DATABASE " + database + " OWNER " + role.group(1));
            assertThat(env).as(service)
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", role.group(1))
                    .containsEntry("QUARKUS_DATASOURCE_PASSWORD", role.group(2));
            assertThat(quarkusConfig(service).getProperty("quarkus.datasource.username")).isEqualTo(role.group(1));
            databases.add(database);
        }
        assertThat(databases).as("database-per-service").hasSize(DATABASE_SERVICES.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesTrustTheKeycloakThatImportsTheCommittedRealm() throws IOException {
        Map<String, String> keycloak = environment("keycloak");
        String keycloakPort = keycloak.get("KC_HTTP_PORT");
        assertThat(field("keycloak", "ports").toString()).contains(keycloakPort + ":" + keycloakPort);
        assertThat(field("keycloak", "command").toString()).contains("--import-realm");
        assertThat(field("keycloak", "volumes").toString())
                .contains("./keycloak/realm-boussole.json:/opt/keycloak/data/import/realm-boussole.json");
        String realm = (String) new ObjectMapper().readValue(root.resolve("keycloak/realm-boussole.json").toFile(),
                Map.class).get("realm");

        for (String service : DATABASE_SERVICES) {
            URI composeIssuer = URI.create(environment(service).get("QUARKUS_OIDC_AUTH_SERVER_URL"));
            URI nativeIssuer = URI.create(quarkusConfig(service).getProperty("quarkus.oidc.auth-server-url"));
            assertThat(composeIssuer.getHost()).as(service).isEqualTo("keycloak");
            assertThat(composeIssuer.getPort()).as(service).isEqualTo(Integer.parseInt(keycloakPort));
            assertThat(composeIssuer.getPath()).as(service).isEqualTo("/realms/" + realm)
                    .isEqualTo(nativeIssuer.getPath());
            // Tokens fetched from the host name the host URL as issuer, which the services must accept.
            assertThat(keycloak.get("KC_HOSTNAME")).isEqualTo(nativeIssuer.getScheme() + "://"
                    + nativeIssuer.getAuthority());
        }
    }

    @Test
    void theGatewayRoutesToTheServicesByTheirComposeNames() throws IOException {
        Properties gateway = quarkusConfig("gateway");
        Pattern upstream = Pattern.compile("boussole\\.gateway\\.routes\\.(\\w+)\\.upstream");
        Set<String> routedServices = new TreeSet<>();
        for (String property : gateway.stringPropertyNames()) {
            Matcher route = upstream.matcher(property);
            if (!route.matches()) {
                continue;
            }
            URI nativeTarget = URI.create(gateway.getProperty(property));
            URI composeTarget = URI.create(environment("gateway").get(environmentName(property)));
            String service = composeTarget.getHost();
            assertThat(services).as("route " + route.group(1)).containsKey(service);
            routedServices.add(service);
            String port = quarkusConfig(service).getProperty("quarkus.http.port");
            assertThat(composeTarget.getPort()).as("route " + route.group(1)).isEqualTo(Integer.parseInt(port))
                    .isEqualTo(nativeTarget.getPort());
            String prefix = gateway.getProperty("boussole.gateway.routes." + route.group(1) + ".prefix");
            assertThat(Files.readString(root.resolve("openapi").resolve(service + ".yaml")))
                    .as("the " + service + " contract serves " + prefix).contains("  " + prefix + "/");
        }
        assertThat(routedServices).containsExactlyInAnyOrderElementsOf(DATABASE_SERVICES);
    }

    @Test
    void serviceToServiceCallsGoToTheComposeNamesAndPorts() throws IOException {
        Pattern client = Pattern.compile("quarkus\\.rest-client\\.([\\w-]+)\\.url");
        int clients = 0;
        for (String application : APPLICATIONS) {
            Properties config = quarkusConfig(application);
            for (String property : config.stringPropertyNames()) {
                Matcher url = client.matcher(property);
                if (!url.matches()) {
                    continue;
                }
                clients++;
                URI nativeTarget = URI.create(config.getProperty(property));
                String composeValue = environment(application).get(environmentName(property));
                assertThat(composeValue).as(application + " overrides " + property).isNotNull();
                URI composeTarget = URI.create(composeValue);
                assertThat(services).as(application + " calls " + composeTarget.getHost())
                        .containsKey(composeTarget.getHost());
                assertThat(composeTarget.getPort()).as(property)
                        .isEqualTo(Integer.parseInt(quarkusConfig(composeTarget.getHost())
                                .getProperty("quarkus.http.port")))
                        .isEqualTo(nativeTarget.getPort());
            }
        }
        assertThat(clients).as("REST clients configured").isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everythingHasAHealthcheckAndStartsAfterWhatItNeedsIsHealthy() throws IOException {
        for (String service : services.keySet()) {
            Map<String, Object> healthcheck = field(service, "healthcheck");
            assertThat(healthcheck).as(service + " healthcheck").containsKey("test");
        }
        for (String application : APPLICATIONS) {
            String port = quarkusConfig(application).getProperty("quarkus.http.port");
            assertThat(field(application, "healthcheck").toString()).as(application)
                    .contains("/dev/tcp/127.0.0.1/" + port).contains("/q/health/ready");
        }
        for (String service : DATABASE_SERVICES) {
            Map<String, Map<String, String>> dependsOn = field(service, "depends_on");
            assertThat(dependsOn).as(service).containsOnlyKeys("postgres", "keycloak");
            dependsOn.values().forEach(condition -> assertThat(condition).containsEntry("condition", "service_healthy"));
        }
        // the gateway checks tokens itself (Keycloak's keys) and counts rate limits in Redis, then the services
        Map<String, Map<String, String>> gatewayDependsOn = field("gateway", "depends_on");
        List<String> gatewayNeeds = new ArrayList<>(DATABASE_SERVICES);
        gatewayNeeds.add("keycloak");
        gatewayNeeds.add("redis");
        assertThat(gatewayDependsOn).containsOnlyKeys(gatewayNeeds.toArray(String[]::new));
        gatewayDependsOn.values().forEach(condition -> assertThat(condition).containsEntry("condition", "service_healthy"));
    }
}
