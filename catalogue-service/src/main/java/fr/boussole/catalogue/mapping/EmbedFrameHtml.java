package fr.boussole.catalogue.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.boussole.catalogue.repository.EmbedKey;

/**
 * The page a partner site's frame shows: the widget's script and style (served by the gateway under a versioned
 * path, same origin as the API) and the key's settings as JSON data, never as code. Its Content-Security-Policy lets
 * only the key's origins frame it.
 */
public final class EmbedFrameHtml {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EmbedFrameHtml() {
    }

    /** The frame's Content-Security-Policy: its own scripts, styles and API only, framed by the key's origins. */
    public static String contentSecurityPolicy(EmbedKey key) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:;"
                + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors "
                + String.join(" ", key.allowedOrigins);
    }

    /**
     * @param widgetVersion the version of the widget's files under {@code /embed/}
     * @param language      fr or en: the page's, else the key's
     * @param sector        the sector to open on: the page's, else the key's (may be null)
     * @param function      the business function to open on: the page's, else the key's (may be null)
     */
    public static String page(EmbedKey key, String widgetVersion, String language, String sector, String function) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("key", key.key);
        settings.put("partner", key.partnerName);
        settings.put("language", language);
        settings.put("sector", sector);
        settings.put("function", function);
        settings.put("brandColour", key.brandColour);
        settings.put("logoUrl", key.logoUrl);
        String base = "/embed/" + widgetVersion + "/";
        String title = "fr".equals(language) ? "Catalogue des cas d'usage de l'IA" : "AI use-case catalogue";
        return "<!doctype html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title + " · " + key.partnerName) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + base + "frame.css\">\n</head>\n<body>\n"
                + "<main id=\"boussole-catalogue\"></main>\n"
                + "<script type=\"application/json\" id=\"boussole-settings\">" + json(settings) + "</script>\n"
                + "<script src=\"" + base + "frame.js\"></script>\n</body>\n</html>\n";
    }

    private static String json(Map<String, Object> settings) {
        try {
            // inside a script element only "</" could end it early: no "<" is written as such
            return JSON.writeValueAsString(settings).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
