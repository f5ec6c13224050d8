package fr.boussole.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, String> {
}
