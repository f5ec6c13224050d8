package fr.boussole.catalogue.service;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.boussole.catalogue.config.EmbedSettings;
import fr.boussole.catalogue.mapping.EmbedFrameHtml;
import fr.boussole.catalogue.repository.BusinessFunctionRepository;
import fr.boussole.catalogue.repository.EmbedKey;
import fr.boussole.catalogue.repository.EmbedKeyRepository;
import fr.boussole.catalogue.repository.SectorRepository;
import fr.boussole.catalogue.rest.dto.EmbedKeyInput;
import fr.boussole.catalogue.rest.dto.EmbedKeyUsage;
import fr.boussole.catalogue.rest.dto.EmbedKeyView;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import io.quarkus.panache.common.Sort;

/**
 * Partner sites' embed keys: curators create and change them; a partner page shows the catalogue with one only from
 * an origin the key allows, and each frame shown or refused is counted.
 */
@ApplicationScoped
@Transactional
public class EmbedKeyService {

    /** What a frame request comes to: the key's settings when it may be shown, or why not. */
    /** The frame a page may show (its HTML and Content-Security-Policy), or none when its origin is refused. */
    public record FrameDecision(boolean originAllowed, String page, String contentSecurityPolicy) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_USAGE_DAYS = 366;

    private final EmbedKeyRepository keys;
    private final SectorRepository sectors;
    private final BusinessFunctionRepository functions;
    private final EmbedSettings settings;

    EmbedKeyService(EmbedKeyRepository keys, SectorRepository sectors, BusinessFunctionRepository functions,
            EmbedSettings settings) {
        this.keys = keys;
        this.sectors = sectors;
        this.functions = functions;
        this.settings = settings;
    }

    public EmbedKeyView create(EmbedKeyInput input, String actor) {
        checkReferences(input);
        EmbedKey key = new EmbedKey();
        key.key = newKey();
        key.createdAt = Instant.now();
        key.createdBy = actor;
        apply(key, input);
        keys.persist(key);
        keys.flush();
        return view(key);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<EmbedKeyView> list(PageParams paging) {
        long total = keys.count();
        List<EmbedKeyView> items = keys.findAll(Sort.by("partnerName").and("key"))
                .page(paging.page, paging.size).list().stream().map(this::view).toList();
        return Page.of(items, paging, total);
    }

    @Transactional(TxType.SUPPORTS)
    public EmbedKeyView get(String key) {
        return view(find(key));
    }

    public EmbedKeyView update(String key, String ifMatch, EmbedKeyInput input) {
        EmbedKey stored = find(key);
        EntityTags.requireIfMatch(ifMatch, stored.version);
        checkReferences(input);
        apply(stored, input);
        keys.flush();
        return view(stored);
    }

    public void delete(String key) {
        keys.delete(find(key));
    }

    @Transactional(TxType.SUPPORTS)
    public EmbedKeyUsage usage(String key, LocalDate since, LocalDate until) {
        find(key);
        LocalDate to = until == null ? LocalDate.now() : until;
        LocalDate from = since == null ? to.minusDays(29) : since;
        if (from.isAfter(to) || from.plusDays(MAX_USAGE_DAYS).isBefore(to)) {
            throw ProblemException.invalid("since", "must be on or before until, and at most " + MAX_USAGE_DAYS
                    + " days before it");
        }
        List<EmbedKeyUsage.Day> days = keys.usage(key, from, to).stream()
                .map(day -> new EmbedKeyUsage.Day(day.day(), day.shown(), day.refused())).toList();
        return new EmbedKeyUsage(key, from, to, days.stream().mapToLong(EmbedKeyUsage.Day::shown).sum(),
                days.stream().mapToLong(EmbedKeyUsage.Day::refused).sum(), days);
    }

    /**
     * A partner page asks for the catalogue's frame: unknown and inactive keys are not found; a page whose origin
     * the key does not allow is refused (browsers also refuse to show the frame there, from its
     * {@code frame-ancestors}). Counted either way.
     *
     * @param pageOrigin the origin of the page that embeds the frame, when the browser tells it (Referer)
     * @param language what the page asks the frame to open on, as sector and function (null: the key's own)
     */
    public FrameDecision frame(String key, Optional<String> pageOrigin, String widgetVersion, String language,
            String sector, String function) {
        EmbedKey found = keys.findByIdOptional(key).filter(candidate -> candidate.active)
                .orElseThrow(() -> ProblemException.notFound("Embed key", key));
        boolean allowed = pageOrigin.map(found.allowedOrigins::contains).orElse(true);
        keys.count(found.key, allowed);
        if (!allowed) {
            return new FrameDecision(false, null, null);
        }
        return new FrameDecision(true, EmbedFrameHtml.page(found, widgetVersion,
                language == null ? found.defaultLanguage : language, sector == null ? found.defaultSector : sector,
                function == null ? found.defaultFunction : function), EmbedFrameHtml.contentSecurityPolicy(found));
    }

    /** The origin of a URL ({@code scheme://host[:port]}), if it has one. */
    public static Optional<String> originOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private EmbedKey find(String key) {
        return keys.findByIdOptional(key).orElseThrow(() -> ProblemException.notFound("Embed key", key));
    }

    private void checkReferences(EmbedKeyInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.defaultSector() != null && sectors.findByIdOptional(input.defaultSector()).isEmpty()) {
            errors.add(new FieldError("defaultSector", "is not a sector of the catalogue"));
        }
        if (input.defaultFunction() != null && functions.findByIdOptional(input.defaultFunction()).isEmpty()) {
            errors.add(new FieldError("defaultFunction", "is not a business function of the catalogue"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, errors.size() + " field(s) invalid", errors);
        }
    }

    private static void apply(EmbedKey key, EmbedKeyInput input) {
        key.partnerName = input.partnerName().strip();
        key.allowedOrigins = List.copyOf(new LinkedHashSet<>(input.allowedOrigins()));
        key.brandColour = input.brandColour();
        key.logoUrl = input.logoUrl();
        key.defaultSector = input.defaultSector();
        key.defaultFunction = input.defaultFunction();
        key.defaultLanguage = input.defaultLanguage() == null ? "fr" : input.defaultLanguage();
        key.active = input.active() == null || input.active();
        key.updatedAt = Instant.now();
    }

    private EmbedKeyView view(EmbedKey key) {
        String snippet = "<script src=\"" + settings.publicUrl() + "/embed/v1/boussole-catalogue.js\" data-key=\""
                + key.key + "\" async></script>";
        return new EmbedKeyView(key.key, key.partnerName, key.allowedOrigins, key.brandColour, key.logoUrl,
                key.defaultSector, key.defaultFunction, key.defaultLanguage, key.active, snippet, key.version,
                key.createdAt, key.createdBy, key.updatedAt);
    }

    private static String newKey() {
        StringBuilder key = new StringBuilder("pk_");
        for (int i = 0; i < 24; i++) {
            key.append(KEY_ALPHABET.charAt(RANDOM.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }
}
