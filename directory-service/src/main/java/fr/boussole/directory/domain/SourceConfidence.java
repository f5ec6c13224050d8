package fr.boussole.directory.domain;

/**
 * How sure an aid's facts are, as its source was checked: {@link #HIGH} read in the law or the carrier's own page,
 * {@link #MEDIUM} from an official summary or several concordant secondary sources, {@link #TO_CONFIRM} from a
 * single secondary source or not checked since it was written (shown to users as unconfirmed).
 */
public enum SourceConfidence {
    HIGH, MEDIUM, TO_CONFIRM
}
