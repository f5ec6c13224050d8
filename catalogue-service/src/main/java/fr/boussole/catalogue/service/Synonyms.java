package fr.boussole.catalogue.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.config.SeedFiles;
import fr.boussole.commons.i18n.Language;

/**
 * Groups of words that mean the same in the catalogue ("chatbot", "robot conversationnel", "agent
 * conversationnel"…), from {@code seed/synonyms.json}. A search that uses one phrase of a group finds what any phrase
 * of the group finds. Matching ignores case and accents.
 */
@ApplicationScoped
public class Synonyms {

    static final String FILE = "seed/synonyms.json";

    /** The caller's words once the synonyms found in them are taken out, and those synonyms' groups. */
    public record Expansion(String freeText, List<List<String>> groups) {
    }

    private final Map<Language, List<List<String>>> groups;

    Synonyms(ObjectMapper mapper) {
        Map<String, List<List<String>>> byCode = SeedFiles.read(mapper, FILE, new TypeReference<>() {
        });
        this.groups = Map.of(Language.FR, normalised(byCode.get("fr")), Language.EN, normalised(byCode.get("en")));
    }

    /** Whether a word (normalised) is a word of some phrase of a group: it finds what its group finds. */
    public boolean isWordOfAPhrase(String word, Language language) {
        String key = key(word);
        return groups.get(language).stream().flatMap(List::stream)
                .anyMatch(phrase -> words(phrase).stream().map(Synonyms::key).anyMatch(key::equals));
    }

    public Expansion expand(String text, Language language) {
        List<String> words = words(text);
        List<String> keys = words.stream().map(Synonyms::key).toList();
        boolean[] used = new boolean[words.size()];
        List<List<String>> found = new ArrayList<>();
        for (List<String> group : groups.get(language)) {
            boolean matched = false;
            for (String phrase : group) {
                List<String> phraseKeys = words(phrase).stream().map(Synonyms::key).toList();
                for (int start = 0; start + phraseKeys.size() <= keys.size(); start++) {
                    if (isFree(used, start, phraseKeys.size())
                            && keys.subList(start, start + phraseKeys.size()).equals(phraseKeys)) {
                        java.util.Arrays.fill(used, start, start + phraseKeys.size(), true);
                        matched = true;
                    }
                }
            }
            if (matched) {
                found.add(group);
            }
        }
        StringBuilder freeText = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (!used[i]) {
                freeText.append(freeText.isEmpty() ? "" : " ").append(words.get(i));
            }
        }
        return new Expansion(freeText.toString(), List.copyOf(found));
    }

    private static boolean isFree(boolean[] used, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        String normalised = normalise(text);
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }

    /** What a word is compared by: a plural ending in s or x matches its singular. */
    private static String key(String word) {
        return word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))
                ? word.substring(0, word.length() - 1) : word;
    }

    /** Lower case, no accents, words separated by single spaces; quotes and minus signs are kept for the parser. */
    static String normalise(String text) {
        String withoutAccents = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9\"\\-]+", " ").trim();
    }

    private static List<List<String>> normalised(List<List<String>> groups) {
        // Longest phrases first, so "robot conversationnel" is taken before "robot" would be.
        return groups.stream()
                .map(group -> group.stream().map(Synonyms::normalise)
                        .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList())
                .toList();
    }
}
