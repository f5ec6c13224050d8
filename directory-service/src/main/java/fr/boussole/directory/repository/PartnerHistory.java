package fr.boussole.directory.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PartnerHistory implements PanacheRepository<PartnerHistoryEntry> {

    /** Newest first. */
    public List<PartnerHistoryEntry> of(String slug, int page, int size) {
        return find("slug", Sort.descending("id"), slug).page(Page.of(page, size)).list();
    }

    public long countOf(String slug) {
        return count("slug", slug);
    }
}
