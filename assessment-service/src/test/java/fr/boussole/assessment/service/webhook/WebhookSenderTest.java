package fr.boussole.assessment.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.PfxOptions;

/**
 * Where a webhook really goes. The targets are resolved by a resolver the test controls, and the receivers listen on
 * loopback: a host that resolves to a public address when checked and to loopback afterwards (DNS rebinding) must
 * never reach loopback, and a TLS receiver is reached at the checked address under its own name (Host header, TLS
 * server name and certificate check).
 */
class WebhookSenderTest {

    private static final String PASSWORD = "receiver-secret";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private static Vertx vertx;
    private static Path keystore;
    private static HttpsServer tlsReceiver;
    private static final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void tlsReceiver(@TempDir Path directory) throws Exception {
        vertx = Vertx.vertx();
        keystore = directory.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=receiver.test", "-ext", "SAN=dns:receiver.test", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-keypass", PASSWORD).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).as(output).isTrue();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        tlsReceiver = HttpsServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        tlsReceiver.setHttpsConfigurator(new HttpsConfigurator(tls));
        tlsReceiver.createContext("/", exchange -> {
            String serverNames = ((ExtendedSSLSession) ((HttpsExchange) exchange).getSSLSession())
                    .getRequestedServerNames().stream().map(name -> ((SNIHostName) name).getAsciiName()).toList()
                    .toString();
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " host="
                    + exchange.getRequestHeaders().getFirst("Host") + " sni=" + serverNames + " id="
                    + exchange.getRequestHeaders().getFirst("webhook-id") + " body="
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        tlsReceiver.start();
    }

    @AfterAll
    static void stop() {
        tlsReceiver.stop(0);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aHostThatRebindsToLoopbackAfterTheCheckIsNeverReached() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        // public when checked, loopback for whoever asks next: the system resolver would say loopback too
        WebhookTargets.HostResolver rebinding = host -> new InetAddress[] { lookups.incrementAndGet() == 1
                ? InetAddress.getByAddress(host, new byte[] { 1, 1, 1, 1 }) : LOOPBACK };
        try (ServerSocket internal = new ServerSocket(0, 50, LOOPBACK)) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!internal.isClosed()) {
                    try (Socket ignored = internal.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            WebhookSender sender = sender(new WebhookTargets(List.of(), rebinding), new HttpClientOptions());

            WebhookSender.Result result = sender.send("https://localhost:" + internal.getLocalPort() + "/hook",
                    Map.of("webhook-id", "msg_rebinding"), "{}").get(30, TimeUnit.SECONDS);

            assertThat(result.statusCode()).isNull();
            assertThat(lookups).as("resolved once, when checked").hasValue(1);
            assertThat(connections).as("connections to the loopback listener").hasValue(0);
        }
    }

    @Test
    void aTlsReceiverIsReachedAtTheCheckedAddressUnderItsOwnName() throws Exception {
        received.clear();
        WebhookSender sender = sender(new WebhookTargets(List.of("127.0.0.0/8"), toLoopback("receiver.test")),
                trustingTheReceiver());
        int port = tlsReceiver.getAddress().getPort();

        WebhookSender.Result result = sender.send("https://receiver.test:" + port + "/crm/hook?tenant=7",
                Map.of("webhook-id", "msg_tls"), "{\"type\":\"assessment.submitted\"}").get(30, TimeUnit.SECONDS);

        assertThat(result).isEqualTo(new WebhookSender.Result(204, null));
        assertThat(received).containsExactly("POST /crm/hook?tenant=7 host=receiver.test:" + port
                + " sni=[receiver.test] id=msg_tls body={\"type\":\"assessment.submitted\"}");
    }

    @Test
    void aCertificateOfAnotherNameIsRefused() throws Exception {
        received.clear();
        WebhookSender sender = sender(new WebhookTargets(List.of("127.0.0.0/8"), toLoopback("other.test")),
                trustingTheReceiver());

        WebhookSender.Result result = sender.send("https://other.test:" + tlsReceiver.getAddress().getPort()
                + "/hook", Map.of("webhook-id", "msg_other"), "{}").get(30, TimeUnit.SECONDS);

        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).isNotBlank();
        assertThat(received).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0.0.0.0", "10.1.2.3", "100.64.0.1", "127.0.0.1", "169.254.169.254", "172.31.255.255",
            "192.0.0.8", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.255", "198.51.100.7",
            "203.0.113.9", "224.0.0.1", "255.255.255.255", "::", "::1", "::10.0.0.1", "::ffff:10.0.0.1",
            "64:ff9b::a00:1", "64:ff9b::808:808", "64:ff9b:1::a00:1", "100::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2",
            "2001:2::1", "2001:db8::1", "2002:a00:1::1", "3fff::1", "5f00::1", "fc00::1", "fd12:3456::1", "fe80::1",
            "fec0::1", "ff02::1" })
    void nonPublicAddressesAreRefusedWithoutBeingNamed(String address) throws UnknownHostException {
        InetAddress resolved = InetAddress.getByName(address);
        WebhookTargets targets = new WebhookTargets(List.of(), host -> new InetAddress[] { resolved });

        WebhookTargets.Verdict verdict = targets.vet("https://hooks.crm.example/in");

        assertThat(verdict).isInstanceOf(WebhookTargets.Refused.class);
        String reason = ((WebhookTargets.Refused) verdict).reason();
        assertThat(reason).doesNotContain(resolved.getHostAddress()).doesNotContain(address);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.1.1.1", "8.8.8.8", "93.184.215.14", "2606:4700:4700::1111", "2a00:1450:4007:80f::200e" })
    void publicAddressesAreReachableOverHttpsOnly(String address) throws UnknownHostException {
        InetAddress resolved = InetAddress.getByName(address);
        WebhookTargets targets = new WebhookTargets(List.of(), host -> new InetAddress[] { resolved });

        assertThat(targets.vet("https://hooks.crm.example/in")).isEqualTo(new WebhookTargets.Reachable(
                java.net.URI.create("https://hooks.crm.example/in"), resolved));
        assertThat(targets.refusal("http://hooks.crm.example/in")).contains("must use https");
    }

    @Test
    void oneNonPublicAddressAmongPublicOnesIsEnough() throws UnknownHostException {
        InetAddress[] answers = { InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.0.0.1") };
        assertThat(new WebhookTargets(List.of(), host -> answers).refusal("https://hooks.crm.example/in"))
                .contains(WebhookTargets.NOT_PUBLIC);
        assertThat(new WebhookTargets(List.of(), host -> {
            throw new UnknownHostException(host);
        }).refusal("https://hooks.crm.example/in")).as("no answer says no more than a private one")
                .contains(WebhookTargets.NOT_PUBLIC);
    }

    private static WebhookTargets.HostResolver toLoopback(String name) {
        return host -> {
            if (!host.equals(name)) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] { InetAddress.getByAddress(host, LOOPBACK.getAddress()) };
        };
    }

    private static HttpClientOptions trustingTheReceiver() {
        return new HttpClientOptions().setTrustOptions(new PfxOptions().setPath(keystore.toString())
                .setPassword(PASSWORD));
    }

    private static WebhookSender sender(WebhookTargets targets, HttpClientOptions options) {
        return new WebhookSender(vertx, targets, Duration.ofSeconds(5), options);
    }
}
