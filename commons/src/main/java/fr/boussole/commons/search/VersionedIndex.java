package fr.boussole.commons.search;

import java.util.function.Supplier;

/**
 * An index held in memory with the version of the data it was built from: built again, by one thread while the
 * others wait, when the data's version has moved. Readers read the version before the rows, so the rows are at
 * least as new as the version held: a change may cost one build too many, never a stale answer.
 */
public final class VersionedIndex<T> {

    private record Held<T>(long version, T index) {
    }

    private volatile Held<T> held;

    public T current(long version, Supplier<T> build) {
        Held<T> current = held;
        if (current != null && current.version() == version) {
            return current.index();
        }
        synchronized (this) {
            current = held;
            if (current == null || current.version() != version) {
                current = new Held<>(version, build.get());
                held = current;
            }
            return current.index();
        }
    }
}
