package fr.boussole.catalogue.service;

import java.util.Set;
import java.util.function.Predicate;

/**
 * "Did you mean": a word of a search that no published use case has is replaced by the nearest word the catalogue's
 * texts use, when one is near enough to be a typo (one letter off, two in a word of ten letters or more, a swap of
 * two neighbours counting as one): "quantique" is not taken for "quantité". Words compared lower case and without
 * accents.
 */
final class Spelling {

    /** Shorter words are left as typed: too many words are one letter away from them. */
    private static final int SHORTEST_CORRECTED = 4;
    /** A search's words beyond these are not looked at. */
    private static final int MOST_WORDS = 10;

    private Spelling() {
    }

    /**
     * The search's words with each unknown one replaced by its nearest known word, or null when none was replaced.
     * {@code known}: whether a word (normalised) finds something as it is, by itself or as a synonym.
     */
    static String suggest(String words, Predicate<String> known, Set<String> vocabulary) {
        String[] typed = Synonyms.normalise(words).replaceAll("[\"-]", " ").trim().split("\\s+");
        boolean replaced = false;
        for (int index = 0; index < Math.min(typed.length, MOST_WORDS); index++) {
            String word = typed[index];
            if (word.length() < SHORTEST_CORRECTED || word.chars().anyMatch(Character::isDigit)
                    || vocabulary.contains(word) || known.test(word)) {
                continue;
            }
            String nearest = nearest(word, vocabulary);
            if (nearest != null) {
                typed[index] = nearest;
                replaced = true;
            }
        }
        return replaced ? String.join(" ", typed) : null;
    }

    private static String nearest(String word, Set<String> vocabulary) {
        int allowed = word.length() >= 10 ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : vocabulary) {
            if (Math.abs(candidate.length() - word.length()) > allowed) {
                continue;
            }
            int distance = distance(word, candidate);
            boolean earlierOfEqual = distance == bestDistance && best != null && candidate.compareTo(best) < 0;
            if (distance < bestDistance || earlierOfEqual) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** Edits from one word to the other: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
