package fr.boussole.assessment.scoring;

import java.util.List;

/** A validated answer to one question; {@link AnswerReader} makes them from JSON. */
public sealed interface Answer {

    /** The option codes it names: a choice's or yes/no's, none for numbers and texts. */
    List<String> codes();

    /** One option of a single choice, or yes / no / dont-know. */
    record Choice(String code) implements Answer {
        @Override
        public List<String> codes() {
            return List.of(code);
        }
    }

    /** The options of a multiple choice, in the order given. */
    record Choices(List<String> selected) implements Answer {
        public Choices {
            selected = List.copyOf(selected);
        }

        @Override
        public List<String> codes() {
            return selected;
        }
    }

    /** A 0-4 scale or a number. */
    record Count(long value) implements Answer {
        @Override
        public List<String> codes() {
            return List.of();
        }
    }

    record Text(String value) implements Answer {
        @Override
        public List<String> codes() {
            return List.of();
        }
    }
}
