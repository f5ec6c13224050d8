package fr.boussole.commons.workflow;

/** What the curators' answers need of a working copy's view: its version is the answer's ETag. */
public interface CuratedView {

    long version();
}
