package fr.boussole.commons.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import fr.boussole.commons.i18n.Language;

/**
 * A PostgreSQL tsquery, as {@code websearch_to_tsquery} writes it ({@code 'mainten' <-> 'predict' | !'robot'}),
 * evaluated against documents held in memory ({@link DocumentIndex}). A phrase ({@code <->}, {@code <N>}) is read as "all of these words":
 * the index keeps no positions, so a phrase finds a little more than PostgreSQL would, never less.
 */
public final class TsQuery {

    /** A node of the query: which documents it matches, and the lexemes a match is ranked by. */
    public interface Node {
        BitSet matches(DocumentIndex index, Language language);

        void positiveLexemes(List<Lexeme> into);
    }

    public record Lexeme(String text, boolean prefix) implements Node {
        @Override
        public BitSet matches(DocumentIndex index, Language language) {
            return index.containing(language, text, prefix);
        }

        @Override
        public void positiveLexemes(List<Lexeme> into) {
            into.add(this);
        }
    }

    private record Not(Node operand) implements Node {
        @Override
        public BitSet matches(DocumentIndex index, Language language) {
            BitSet result = index.all();
            result.andNot(operand.matches(index, language));
            return result;
        }

        @Override
        public void positiveLexemes(List<Lexeme> into) {
            // Words an entry must not have do not rank it.
        }
    }

    private record Both(Node left, Node right) implements Node {
        @Override
        public BitSet matches(DocumentIndex index, Language language) {
            BitSet result = left.matches(index, language);
            result.and(right.matches(index, language));
            return result;
        }

        @Override
        public void positiveLexemes(List<Lexeme> into) {
            left.positiveLexemes(into);
            right.positiveLexemes(into);
        }
    }

    private record Either(Node left, Node right) implements Node {
        @Override
        public BitSet matches(DocumentIndex index, Language language) {
            BitSet result = left.matches(index, language);
            result.or(right.matches(index, language));
            return result;
        }

        @Override
        public void positiveLexemes(List<Lexeme> into) {
            left.positiveLexemes(into);
            right.positiveLexemes(into);
        }
    }

    private final String text;
    private int at;

    private TsQuery(String text) {
        this.text = text;
    }

    /** The query's tree; null for an empty query (only stop words), which matches nothing. */
    public static Node parse(String tsquery) {
        if (tsquery == null || tsquery.isBlank()) {
            return null;
        }
        TsQuery parser = new TsQuery(tsquery);
        Node node = parser.either();
        parser.skipSpaces();
        if (parser.at != tsquery.length()) {
            throw new IllegalArgumentException("Unexpected '" + tsquery.substring(parser.at) + "' in " + tsquery);
        }
        return node;
    }

    /** Precedence, loosest first: | then & then phrases then !. */
    private Node either() {
        Node node = both();
        while (accept("|")) {
            node = new Either(node, both());
        }
        return node;
    }

    private Node both() {
        Node node = phrase();
        while (accept("&")) {
            node = new Both(node, phrase());
        }
        return node;
    }

    private Node phrase() {
        Node node = not();
        while (acceptDistance()) {
            node = new Both(node, not());
        }
        return node;
    }

    private Node not() {
        return accept("!") ? new Not(not()) : primary();
    }

    private Node primary() {
        if (accept("(")) {
            Node node = either();
            expect(")");
            return node;
        }
        skipSpaces();
        StringBuilder lexeme = new StringBuilder();
        at = readQuoted(text, at, lexeme);
        boolean prefix = false;
        if (at < text.length() && text.charAt(at) == ':') {
            at++;
            while (at < text.length() && "*ABCD".indexOf(text.charAt(at)) >= 0) {
                prefix |= text.charAt(at) == '*';
                at++;
            }
        }
        return new Lexeme(lexeme.toString(), prefix);
    }

    private boolean acceptDistance() {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == '<') {
            int end = text.indexOf('>', at);
            if (end > at) {
                at = end + 1;
                return true;
            }
        }
        return false;
    }

    private boolean accept(String token) {
        skipSpaces();
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("Expected " + token + " at " + at + " in " + text);
        }
    }

    /**
     * Reads the lexeme quoted at {@code start} (quotes inside doubled, as PostgreSQL prints tsvectors and
     * tsqueries) into {@code lexeme}; returns where the text goes on after the closing quote.
     */
    static int readQuoted(String text, int start, StringBuilder lexeme) {
        if (start >= text.length() || text.charAt(start) != '\'') {
            throw new IllegalArgumentException("Expected a quoted lexeme at " + start + " in " + text);
        }
        int at = start + 1;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '\'' && at < text.length() && text.charAt(at) == '\'') {
                lexeme.append('\'');
                at++;
            } else if (c == '\'') {
                return at;
            } else {
                lexeme.append(c);
            }
        }
        throw new IllegalArgumentException("Unterminated lexeme in " + text);
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    public static List<Lexeme> positiveLexemes(Node node) {
        List<Lexeme> lexemes = new ArrayList<>();
        node.positiveLexemes(lexemes);
        return lexemes;
    }
}
