package fr.boussole.assessment.config;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * The CCIs of the suite and the départements each serves: an advisor starts assessments only for companies of its
 * territory, and a company can share an assessment only with a CCI named here.
 */
@ConfigMapping(prefix = "boussole.cci")
public interface CciTerritories {

    Map<String, Territory> territories();

    interface Territory {
        String name();

        /** INSEE codes of the départements it serves. */
        List<String> departements();
    }

    default boolean exists(String cci) {
        return territories().containsKey(cci);
    }

    default boolean serves(String cci, String departement) {
        Territory territory = territories().get(cci);
        return territory != null && territory.departements().contains(departement);
    }
}
