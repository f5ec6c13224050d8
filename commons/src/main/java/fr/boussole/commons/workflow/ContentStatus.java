package fr.boussole.commons.workflow;

/** Where curated content stands: written as a draft, in review, published for everyone, or withdrawn. */
public enum ContentStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
