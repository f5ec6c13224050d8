package fr.boussole.catalogue.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class UseCaseHistory implements PanacheRepository<UseCaseHistoryEntry> {
}
