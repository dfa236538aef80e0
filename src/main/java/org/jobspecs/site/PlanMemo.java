package org.jobspecs.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What class pages derive from a spec's sections (the approved text, the redline, the JSON-LD
 * words), remembered from one plan to the next. Values are keyed by the identity of their input:
 * sections are immutable, and a live build hands the planner the same list again while the spec
 * file is unchanged, so an edit re-derives only the edited spec. A value no plan asked for since the
 * previous plan is forgotten. A build plans once and needs none ({@link SitePlanner} makes its own).
 * Thread-safe: class pages are planned in parallel.
 */
public final class PlanMemo {

    /** An input by identity, and which value of it. */
    private static final class Key {
        private final Object input;
        private final String kind;

        Key(Object input, String kind) {
            this.input = input;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.input == input && k.kind.equals(kind);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(input) * 31 + kind.hashCode();
        }
    }

    private volatile Map<Key, Object> previous = new ConcurrentHashMap<>();
    private volatile Map<Key, Object> current = new ConcurrentHashMap<>();

    /** The value {@code derive} gives for {@code input}: remembered, or derived now. {@code derive} must be a pure function. */
    @SuppressWarnings("unchecked")
    <I, V> V get(I input, String kind, Function<I, V> derive) {
        Key key = new Key(input, kind);
        return (V) current.computeIfAbsent(key, k -> {
            Object remembered = previous.get(k);
            return remembered != null ? remembered : derive.apply(input);
        });
    }

    /** A plan is complete: what it did not ask for is forgotten at the next one. */
    void planned() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
