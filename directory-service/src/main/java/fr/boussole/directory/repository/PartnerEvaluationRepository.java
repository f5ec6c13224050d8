package fr.boussole.directory.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class PartnerEvaluationRepository implements PanacheRepository<PartnerEvaluation> {

    public Optional<PartnerEvaluation> of(String partner, String evaluator) {
        return find("partnerSlug = ?1 and evaluator = ?2", partner, evaluator).firstResultOptional();
    }
}
