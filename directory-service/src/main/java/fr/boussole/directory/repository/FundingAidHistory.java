package fr.boussole.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class FundingAidHistory implements PanacheRepository<FundingAidHistoryEntry> {
}
