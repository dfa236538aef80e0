package org.jobspecs.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a plan made that the next plan can reuse, for a live build that plans again after every
 * edit. Three kinds of values are remembered:
 * <ul>
 * <li>class pages, by class code with the {@link ClassPages.Inputs} they were made from: a class
 *     whose inputs are equal to last time keeps its page (the very same object, so comparing it with
 *     the page on disk costs nothing);</li>
 * <li>what pages derive from a spec's sections (approved text, redline, JSON-LD words), by the
 *     identity of the sections list: sections are immutable, and a live build hands the planner the
 *     same list again while the spec file is unchanged;</li>
 * <li>values made from an equal key, by name: the pages made from the catalog's facts (every page
 *     but the class pages).</li>
 * </ul>
 * Everything is forgotten when the plan's context (configuration, asset files) changes, and a value
 * the last plan did not ask for is forgotten at the next. A build plans once and needs none
 * ({@link SitePlanner} makes its own). Thread-safe: class pages are planned in parallel.
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

    /** A value and the inputs it was made from. */
    private record Made(Object inputs, Object value) { }

    /** Issue 15: whether values are remembered at all (a one-shot build's class pages are made, rendered and forgotten). */
    private final boolean remembers;
    private Object context;
    private volatile Map<Object, Object> previous = new ConcurrentHashMap<>();
    private volatile Map<Object, Object> current = new ConcurrentHashMap<>();

    public PlanMemo() {
        this(true);
    }

    private PlanMemo(boolean remembers) {
        this.remembers = remembers;
    }

    /**
     * Issue 15: a memo that remembers nothing: every value is derived when asked for. A build whose
     * class pages are made only as they are rendered uses one, so that no page, and nothing derived
     * from a spec's sections, stays in memory after its page is written.
     */
    static PlanMemo none() {
        return new PlanMemo(false);
    }

    /** Whether values are remembered: what {@link #get} gives again costs nothing then. */
    boolean remembers() {
        return remembers;
    }

    /** A plan begins: when its context differs from the last plan's, nothing is reused. */
    synchronized void begin(Object planContext) {
        if (!planContext.equals(context)) {
            previous = new ConcurrentHashMap<>();
            current = new ConcurrentHashMap<>();
            context = planContext;
        }
    }

    /** The value {@code derive} gives for {@code input}: remembered, or derived now. {@code derive} must be a pure function. */
    @SuppressWarnings("unchecked")
    <I, V> V get(I input, String kind, Function<I, V> derive) {
        return (V) remember(new Key(input, kind), before -> before != null ? before : derive.apply(input));
    }

    /** The page of {@code key} made from {@code inputs}: last plan's when its inputs were equal, or made now. */
    <I> Page page(Object key, I inputs, Function<I, Page> make) {
        Made made = (Made) remember(key, before -> before instanceof Made m && m.inputs().equals(inputs) ? m : new Made(inputs, make.apply(inputs)));
        return (Page) made.value();
    }

    /**
     * This plan's value of {@code key}, given last plan's value (or null). Not computeIfAbsent: a
     * value may itself ask the memo for others, and a map must not be changed from inside its own
     * computation (two threads doing so deadlock).
     */
    private Object remember(Object key, Function<Object, Object> value) {
        if (!remembers) {
            return value.apply(null);
        }
        Object known = current.get(key);
        if (known == null) {
            known = value.apply(previous.get(key));
            Object raced = current.putIfAbsent(key, known);
            known = raced != null ? raced : known;
        }
        return known;
    }

    /** The value {@code make} gives for {@code key}: last plan's when {@code key} is equal to last plan's, or made now. */
    @SuppressWarnings("unchecked")
    <K, V> V value(String name, K key, Function<K, V> make) {
        Made made = (Made) remember(name, before -> before instanceof Made m && m.inputs().equals(key) ? m : new Made(key, make.apply(key)));
        return (V) made.value();
    }

    /** A plan is complete: what it did not ask for is forgotten at the next one. */
    void planned() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
