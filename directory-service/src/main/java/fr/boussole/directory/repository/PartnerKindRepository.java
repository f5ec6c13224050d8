package fr.boussole.directory.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import fr.boussole.directory.domain.PartnerKindCategory;

@ApplicationScoped
public class PartnerKindRepository implements PanacheRepositoryBase<PartnerKind, String> {

    public List<PartnerKind> listInGuideOrder(PartnerKindCategory category) {
        Sort order = Sort.by("position").and("code");
        return category == null ? listAll(order) : list("category", order, category);
    }
}
