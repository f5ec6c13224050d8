package fr.boussole.directory.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FundingAidHistory implements PanacheRepository<FundingAidHistoryEntry> {

    /** Newest first. */
    public List<FundingAidHistoryEntry> of(String aidId, int page, int size) {
        return find("slug", Sort.descending("id"), aidId).page(Page.of(page, size)).list();
    }

    public long countOf(String aidId) {
        return count("slug", aidId);
    }
}
