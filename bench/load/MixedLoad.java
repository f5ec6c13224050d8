import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mixed, realistic workload through the gateway at a fixed arrival rate (an open model: a request is sent when
 * its time comes, whatever the others do, and its latency counts from that time, so a slow server cannot hide its
 * queue): catalogue browsing, search and pages, directory searches and eligibility, assessments drafted, saved and
 * submitted anonymously, and a CCI advisor's CSV export of the day.
 *
 * <p>
 * Prints, per operation, the answers by status and the p50/p90/p99/max latency; writes the writes that were
 * accepted (one line per 2xx: kind and assessment id) for the caller to count in the database, and a timeline of
 * answers per second.
 *
 * <p>
 * Usage (JDK only, single-file source): {@code java bench/load/MixedLoad.java <gateway> <keycloak> <rate/s>
 * <seconds> <answers.json> <profile.json> <accepted.txt> <timeline.csv>}
 */
public class MixedLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern RESUME = Pattern.compile("\"resumeToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SLUG = Pattern.compile("\"slug\"\\s*:\\s*\"([a-z0-9-]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> WORDS = List.of("prévision", "ventes", "client", "stock", "facture",
            "données", "chatbot", "maintenance", "recrutement", "qualité", "marketing", "traduction");
    private static final List<String> DEPARTEMENTS = List.of("69", "75", "13", "33", "59", "44", "67", "06");

    record Draft(String id, String resumeToken) {
    }

    /** One kind of request, its share of the mix, and what it measured. */
    static final class Operation {
        final String name;
        final int weight;
        final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

        Operation(String name, int weight) {
            this.name = name;
            this.weight = weight;
        }
    }

    private final String gateway;
    private final String keycloak;
    private final String answers;
    private final String profile;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<Draft> drafted = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Draft> saved = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
    private final Map<Long, int[]> timeline = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Random random = new Random(42);
    private long runStart;
    private volatile List<String> slugs = List.of();
    private volatile String advisorToken;

    MixedLoad(String gateway, String keycloak, String answers, String profile) {
        this.gateway = gateway;
        this.keycloak = keycloak;
        this.answers = answers;
        this.profile = profile;
        for (Operation operation : List.of(new Operation("catalogue.browse", 20), new Operation("catalogue.search", 15),
                new Operation("catalogue.page", 10), new Operation("directory.partners", 10),
                new Operation("directory.aids", 5), new Operation("directory.eligibility", 5),
                new Operation("assessment.draft", 12), new Operation("assessment.save", 12),
                new Operation("assessment.submit", 10), new Operation("assessment.export", 1))) {
            operations.put(operation.name, operation);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println("usage: MixedLoad <gateway> <keycloak> <rate/s> <seconds> <answers.json>"
                    + " <profile.json> <accepted.txt> <timeline.csv>");
            System.exit(2);
        }
        MixedLoad load = new MixedLoad(args[0], args[1], Files.readString(Path.of(args[4])).strip(),
                Files.readString(Path.of(args[5])).strip());
        load.run(Double.parseDouble(args[2]), Integer.parseInt(args[3]));
        load.report(Path.of(args[6]), Path.of(args[7]));
    }

    void run(double rate, int seconds) throws Exception {
        String page = send(HttpRequest.newBuilder(uri("/api/v1/catalogue/use-cases?size=100"))).body();
        List<String> found = new ArrayList<>();
        for (Matcher slug = SLUG.matcher(page); slug.find();) {
            found.add(slug.group(1));
        }
        slugs = List.copyOf(found);
        refreshAdvisorToken();
        runStart = System.nanoTime();
        Thread refresher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(Duration.ofSeconds(60).toNanos());
                refreshAdvisorToken();
            }
        });
        refresher.setDaemon(true);
        refresher.start();
        long interval = (long) (1_000_000_000L / rate);
        long start = runStart;
        long end = start + Duration.ofSeconds(seconds).toNanos();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        int total = operations.values().stream().mapToInt(operation -> operation.weight).sum();
        for (long due = start; due < end; due += interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Operation operation = pick(total);
            pending.add(fire(operation, due));
            if (pending.size() > 10_000) {
                pending.removeIf(CompletableFuture::isDone);
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        refresher.interrupt();
    }

    private Operation pick(int total) {
        int ticket;
        synchronized (random) {
            ticket = random.nextInt(total);
        }
        for (Operation operation : operations.values()) {
            ticket -= operation.weight;
            if (ticket < 0) {
                return operation;
            }
        }
        throw new IllegalStateException();
    }

    private CompletableFuture<?> fire(Operation operation, long due) {
        HttpRequest request;
        Draft draft = null;
        String kind = operation.name;
        switch (operation.name) {
            case "catalogue.browse" -> request = get("/api/v1/catalogue/use-cases?size=20&page=" + randomInt(2));
            case "catalogue.search" -> request = get("/api/v1/catalogue/use-cases?q=" + encode(randomWord() + " "
                    + randomWord()));
            case "catalogue.page" -> request = get("/api/v1/catalogue/use-cases/" + slugs.get(randomInt(slugs.size())));
            case "directory.partners" -> request = get("/api/v1/directory/partners?q=" + encode(randomWord()));
            case "directory.aids" -> request = get("/api/v1/directory/aids?departement="
                    + DEPARTEMENTS.get(randomInt(DEPARTEMENTS.size())));
            case "directory.eligibility" -> request = post("/api/v1/directory/eligibility", profile, null);
            case "assessment.save" -> {
                draft = drafted.poll();
                request = draft == null ? null : HttpRequest.newBuilder(uri("/api/v1/assessments/" + draft.id()
                        + "/answers")).header("Content-Type", "application/json")
                        .header("X-Resume-Token", draft.resumeToken())
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(answers)).build();
            }
            case "assessment.submit" -> {
                draft = saved.poll();
                request = draft == null ? null : post("/api/v1/assessments/" + draft.id() + "/submit", null,
                        draft.resumeToken());
            }
            case "assessment.export" -> request = advisorToken == null ? null
                    : HttpRequest.newBuilder(uri("/api/v1/assessments/export?format=csv&since="
                            + LocalDate.now(ZoneOffset.UTC)))
                            .header("Authorization", "Bearer " + advisorToken).timeout(Duration.ofSeconds(30)).build();
            default -> request = null;
        }
        if (request == null) { // nothing to save or submit yet: start an assessment instead
            operation = operations.get("assessment.draft");
            kind = operation.name;
            request = post("/api/v1/assessments", "{}", null);
        }
        Operation measured = operation;
        Draft used = draft;
        String what = kind;
        inFlight.incrementAndGet();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            inFlight.decrementAndGet();
            long micros = (System.nanoTime() - due) / 1_000;
            measured.latenciesMicros.add(micros);
            String status = failure != null ? "connection error" : Integer.toString(response.statusCode());
            measured.answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            int[] second = timeline.computeIfAbsent((due - runStart) / 1_000_000_000L, s -> new int[4]);
            synchronized (second) {
                if (failure != null) {
                    second[3]++;
                } else if (response.statusCode() / 100 == 2) {
                    second[0]++;
                } else if (response.statusCode() == 503) {
                    second[2]++;
                } else if (response.statusCode() >= 500) {
                    second[1]++;
                }
            }
            if (failure == null && response.statusCode() / 100 == 2) {
                afterSuccess(what, used, response.body());
            } else if (used != null) { // refused or lost: the next step may try it again
                (what.equals("assessment.save") ? drafted : saved).add(used);
            }
            return null;
        });
    }

    private void afterSuccess(String kind, Draft draft, String body) {
        switch (kind) {
            case "assessment.draft" -> {
                Matcher id = ID.matcher(body);
                Matcher resume = RESUME.matcher(body);
                if (id.find() && resume.find()) {
                    drafted.add(new Draft(id.group(1), resume.group(1)));
                    accepted.add("drafted " + id.group(1));
                }
            }
            case "assessment.save" -> {
                saved.add(draft);
                accepted.add("saved " + draft.id());
            }
            case "assessment.submit" -> accepted.add("submitted " + draft.id());
            default -> {
            }
        }
    }

    void report(Path acceptedFile, Path timelineFile) throws IOException {
        System.out.printf("%-22s %8s %8s %8s %8s %8s %8s  %s%n", "operation", "requests", "p50 ms", "p90 ms",
                "p99 ms", "max ms", "2xx %", "answers");
        long all = 0;
        long allOk = 0;
        List<Long> every = new ArrayList<>();
        for (Operation operation : operations.values()) {
            long[] sorted = operation.latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                continue;
            }
            all += sorted.length;
            Arrays.stream(sorted).forEach(every::add);
            int ok = operation.answers.entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                    .mapToInt(e -> e.getValue().get()).sum();
            allOk += ok;
            System.out.printf("%-22s %8d %8.1f %8.1f %8.1f %8.1f %8.2f  %s%n", operation.name, sorted.length,
                    percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1000.0, 100.0 * ok / sorted.length, operation.answers);
        }
        long[] sorted = every.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-22s %8d %8.1f %8.1f %8.1f %8.1f %8.2f%n", "all", all, percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]
                        / 1000.0, all == 0 ? 0 : 100.0 * allOk / all);
        Files.write(acceptedFile, accepted);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(timelineFile))) {
            out.println("second,2xx,5xx_not_503,503,connection_errors");
            timeline.keySet().stream().sorted().forEach(second -> {
                int[] counts = timeline.get(second);
                out.printf("%d,%d,%d,%d,%d%n", second, counts[0], counts[1], counts[2], counts[3]);
            });
        }
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
    }

    private void refreshAdvisorToken() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak
                    + "/realms/boussole/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=boussole-cli"
                            + "&username=advisor.paris&password=boussole-demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (token.find()) {
                advisorToken = token.group(1);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // Keycloak away: keep the token we have until it comes back
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build();
    }

    private HttpRequest post(String path, String json, String resumeToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (resumeToken != null) {
            request.header("X-Resume-Token", resumeToken);
        }
        return request.build();
    }

    private URI uri(String path) {
        return URI.create(gateway + path);
    }

    private int randomInt(int bound) {
        synchronized (random) {
            return random.nextInt(bound);
        }
    }

    private String randomWord() {
        return WORDS.get(randomInt(WORDS.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
