package fr.boussole.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void eachStatusMapsToItsGenericType() {
        assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(503)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void statusesWithoutATypeFallBackByClass() {
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(599)).isEqualTo(ProblemType.INTERNAL_ERROR);
    }

    @Test
    void typesAreStableUris() {
        assertThat(ProblemType.PRECONDITION_REQUIRED.uri())
                .isEqualTo("https://boussole-ia.fr/problems/precondition-required");
    }
}
