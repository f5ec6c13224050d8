package fr.boussole.catalogue.domain;

/**
 * The three kinds of "AI as a service" offers of the guide, with its typical time to a first test: turnkey
 * solutions already trained elsewhere (1 to 3 months), platforms co-built with the business experts (3 to 12
 * months, development included) and data solutions (1 to 12 months, design included).
 */
public enum SolutionType {
    TURNKEY(1, 3), PLATFORM(3, 12), DATA(1, 12);

    private final int firstTestMinMonths;
    private final int firstTestMaxMonths;

    SolutionType(int firstTestMinMonths, int firstTestMaxMonths) {
        this.firstTestMinMonths = firstTestMinMonths;
        this.firstTestMaxMonths = firstTestMaxMonths;
    }

    public int firstTestMinMonths() {
        return firstTestMinMonths;
    }

    public int firstTestMaxMonths() {
        return firstTestMaxMonths;
    }
}
