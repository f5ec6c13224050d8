package fr.boussole.catalogue.repository;

/** Where a use case's working copy is in the curation workflow. Only published use cases are public. */
public enum UseCaseStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
