package fr.boussole.catalogue.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.i18n.Language;

class SynonymsTest {

    private final Synonyms synonyms = new Synonyms(new ObjectMapper());

    @Test
    void aPhraseOfAGroupIsTakenOutOfTheFreeTextAndBringsItsGroup() {
        Synonyms.Expansion expansion = synonyms.expand("Robot conversationnel pour la santé", Language.FR);
        assertThat(expansion.freeText()).isEqualTo("pour la sante");
        assertThat(expansion.groups()).hasSize(1);
        assertThat(expansion.groups().get(0)).contains("chatbot", "agent conversationnel", "robot conversationnel");
    }

    @Test
    void longerPhrasesWinAndEveryPhraseOfTheGroupIsTakenOut() {
        Synonyms.Expansion expansion = synonyms.expand("chatbot ou bot", Language.FR);
        assertThat(expansion.freeText()).isEqualTo("ou");
        assertThat(expansion.groups()).hasSize(1);
    }

    @Test
    void pluralsMatchTheirSingular() {
        assertThat(synonyms.expand("chatbots", Language.FR).groups()).hasSize(1);
        assertThat(synonyms.expand("robots conversationnels", Language.FR).freeText()).isEmpty();
    }

    @Test
    void accentsAndCaseAreIgnoredAndWordsAreWholeWords() {
        assertThat(synonyms.expand("DÉFAILLANCE", Language.FR).groups()).hasSize(1);
        assertThat(synonyms.expand("robotique", Language.FR).groups()).isEmpty();
        assertThat(synonyms.expand("robotique", Language.FR).freeText()).isEqualTo("robotique");
    }

    @Test
    void eachLanguageHasItsOwnGroups() {
        assertThat(synonyms.expand("resume screening", Language.EN).groups().get(0)).contains("cv");
        assertThat(synonyms.expand("resume", Language.FR).groups()).isEmpty();
    }

    @Test
    void webSearchSyntaxSurvivesAndANegatedWordIsNotExpanded() {
        Synonyms.Expansion expansion = synonyms.expand("\"contrôle qualité\" -drone", Language.FR);
        assertThat(expansion.freeText()).isEqualTo("\"controle qualite\" -drone");
        assertThat(expansion.groups()).isEmpty();
        assertThat(synonyms.expand("", Language.FR)).isEqualTo(new Synonyms.Expansion("", List.of()));
    }
}
