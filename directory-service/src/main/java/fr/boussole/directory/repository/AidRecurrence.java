package fr.boussole.directory.repository;

/** The data.gouv.fr schema's "récurrence": permanent (no call calendar), one-off, or recurring calls. */
public enum AidRecurrence {
    PERMANENT, ONE_OFF, RECURRING
}
