package fr.boussole.catalogue.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BusinessFunctionRepository implements PanacheRepositoryBase<BusinessFunction, String> {
}
