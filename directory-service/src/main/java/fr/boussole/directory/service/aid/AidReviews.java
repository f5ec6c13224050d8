package fr.boussole.directory.service.aid;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * When an aid's source must be read again: aids change every finance law, so a fact not checked for twelve months
 * is presumed stale and curators are asked to review it; an aid never checked is due at once.
 */
public final class AidReviews {

    /** The directory's calendar: French law dates and French days. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final Period CHECK_AGAIN_AFTER = Period.ofMonths(12);

    private AidReviews() {
    }

    public static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** The last day a check made on {@code checkedOn} still holds. */
    public static LocalDate validThrough(LocalDate checkedOn) {
        return checkedOn.plus(CHECK_AGAIN_AFTER);
    }

    /** The aids checked before this day are due for review on {@code today}. */
    public static LocalDate dueIfCheckedBefore(LocalDate today) {
        return today.minus(CHECK_AGAIN_AFTER);
    }
}
