package fr.boussole.commons.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

class EntityTagsTest {

    @Test
    void aVersionedTagNamesVersionAndLanguage() {
        assertThat(EntityTags.versioned(12, Language.EN).toString()).isEqualTo("\"12-en\"");
    }

    @Test
    void anyLanguageVariantOfTheCurrentVersionMatches() {
        assertThatCode(() -> EntityTags.requireIfMatch("\"12-fr\"", 12)).doesNotThrowAnyException();
        assertThatCode(() -> EntityTags.requireIfMatch("\"12-en\"", 12)).doesNotThrowAnyException();
        assertThatCode(() -> EntityTags.requireIfMatch("\"11-fr\", \"12-en\"", 12)).doesNotThrowAnyException();
        assertThatCode(() -> EntityTags.requireIfMatch("*", 12)).doesNotThrowAnyException();
    }

    @Test
    void missingIfMatchIsPreconditionRequired() {
        assertThatThrownBy(() -> EntityTags.requireIfMatch(null, 1))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> EntityTags.requireIfMatch("  ", 1)).isInstanceOf(ProblemException.class);
    }

    @Test
    void staleWeakOrMalformedTagsFail() {
        for (String tag : new String[] { "\"11-fr\"", "W/\"12-fr\"", "12", "\"120-fr\"", "\"1\"" }) {
            assertThatThrownBy(() -> EntityTags.requireIfMatch(tag, 12))
                    .as(tag)
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
        }
    }
}
