package fr.boussole.commons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.search.FacetedSearch.Order;
import fr.boussole.commons.search.FacetedSearch.Query;
import fr.boussole.commons.search.FacetedSearch.Results;

/** Words, filters, facets and order over a few documents whose lexemes are written as PostgreSQL prints them. */
class FacetedSearchTest {

    private static SearchDocument document(String id, String name, int position, String lexemes, String color,
            List<String> sizes) {
        return new SearchDocument(id, Map.of(Language.FR, name, Language.EN, name), position,
                Map.of("COLOR", List.of(color), "SIZE", sizes), Map.of(Language.FR, lexemes, Language.EN, ""));
    }

    private static final DocumentIndex INDEX = new DocumentIndex(List.of(
            document("a", "Écluse", 0, "'mainten':1A 'predict':2A", "red", List.of("S", "M")),
            document("b", "Barrage", 0, "'mainten':5B 'predict':6B 'vision':7C", "blue", List.of("M")),
            document("c", "Canal", 0, "'vision':1A,2B 'qualit':3", "red", List.of("L")),
            document("d", "d'Artagnan", 1, "'l''eau':1A", "green", List.of())));

    private static Results run(String tsQuery, Map<String, Set<String>> filters, Order order) {
        return FacetedSearch.run(INDEX, new Query(Language.FR, tsQuery, filters, List.of("COLOR", "SIZE"), order,
                null), 0, 10);
    }

    @Test
    void wordsMatchAndRankByTheWeightsTheyHave() {
        assertThat(run("'mainten' <-> 'predict'", Map.of(), Order.RELEVANCE).ids()).containsExactly("a", "b");
        assertThat(run("'vision' | 'mainten'", Map.of(), Order.RELEVANCE).ids()).containsExactly("c", "a", "b");
        assertThat(run("'vision' & !'qualit'", Map.of(), Order.RELEVANCE).ids()).containsExactly("b");
        assertThat(run("'mainte':*", Map.of(), Order.RELEVANCE).ids()).containsExactly("a", "b");
        assertThat(run("'l''eau'", Map.of(), Order.RELEVANCE).ids()).containsExactly("d");
        assertThat(run("", Map.of(), Order.RELEVANCE).total()).isZero();
    }

    @Test
    void withoutWordsEverythingMatchesByPositionThenNameOrByName() {
        assertThat(run(null, Map.of(), Order.RELEVANCE).ids()).containsExactly("b", "c", "a", "d");
        assertThat(run(null, Map.of(), Order.NAME).ids()).containsExactly("b", "c", "d", "a");
    }

    @Test
    void eachFacetCountsWithEveryFilterButItsOwn() {
        Results result = run(null, Map.of("COLOR", Set.of("red"), "SIZE", Set.of("M", "L")), Order.NAME);
        assertThat(result.ids()).containsExactly("c", "a");
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.facets().get("COLOR")).isEqualTo(Map.of("red", 2L, "blue", 1L));
        assertThat(result.facets().get("SIZE")).isEqualTo(Map.of("S", 1L, "M", 1L, "L", 1L));
    }

    @Test
    void demotedDocumentsComeAfterTheOthersOfEqualRelevance() {
        Results result = FacetedSearch.run(INDEX, new Query(Language.FR, null, Map.of(), List.of(),
                Order.RELEVANCE, INDEX.having("COLOR", Set.of("blue"))), 1, 2);
        assertThat(result.ids()).containsExactly("a", "d");
    }

    @Test
    void aMalformedQueryIsRefused() {
        assertThatThrownBy(() -> TsQuery.parse("'a' &")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TsQuery.parse("'a")).isInstanceOf(IllegalArgumentException.class);
    }
}
