package fr.boussole.catalogue.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UseCaseRepository implements PanacheRepositoryBase<UseCase, String> {
}
