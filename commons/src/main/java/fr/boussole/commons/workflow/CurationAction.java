package fr.boussole.commons.workflow;

/** What a curator did to a piece of content, as its history records it. */
public enum CurationAction {
    CREATED, EDITED, SUBMITTED, PUBLISHED, ARCHIVED
}
