package org.jobspecs.site.diff;

import java.util.List;

/**
 * Two versions of a spec compared, section by section, in the newer version's order (a removed
 * section where it stood in the older).
 */
public record Comparison(List<SectionChange> sections) {

    public Comparison {
        sections = List.copyOf(sections);
    }

    public int added() {
        return sections.stream().mapToInt(SectionChange::added).sum();
    }

    public int removed() {
        return sections.stream().mapToInt(SectionChange::removed).sum();
    }

    /** The names of the sections of a status, in order. */
    public List<String> named(SectionChange.Status status) {
        return sections.stream().filter(s -> s.status() == status).map(SectionChange::name).toList();
    }

    /** Whether the two versions' text is the same word for word. */
    public boolean same() {
        return sections.stream().noneMatch(SectionChange::changed);
    }
}
