package fr.boussole.directory.rest.dto;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.directory.domain.SelectionCriterion;

/** Partners side by side, best weighted score first; partners nobody evaluated come last, unranked by score. */
@Schema(name = "Comparison")
public record Comparison(Map<SelectionCriterion, Integer> weights, List<ComparedPartner> partners) {
}
