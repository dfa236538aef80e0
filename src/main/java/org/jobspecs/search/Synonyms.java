package org.jobspecs.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The site's synonym groups, analysed: each member (a word or a phrase) as its index terms. A query
 * whose terms hold a member, from a word on, matches that span by any member of the member's groups
 * (a phrase member by all its terms). Query-time expansion: the index is not changed. The browser
 * client reads the same analysed groups from the export's manifest and expands the same way
 * ({@code search-core.js} {@code plan}).
 */
final class Synonyms {

    static final Synonyms NONE = new Synonyms(List.of());

    /** Groups of members, each member its terms (no empty member, no group of fewer than two members). */
    private final List<List<List<String>>> groups;

    private Synonyms(List<List<List<String>>> groups) {
        this.groups = groups;
    }

    /** The groups as configured (words and phrases as typed), analysed. */
    static Synonyms of(List<List<String>> configured, SearchAnalyzer analyzer) {
        List<List<List<String>>> groups = new ArrayList<>();
        for (List<String> group : configured) {
            Set<List<String>> members = new LinkedHashSet<>();
            for (String member : group) {
                List<String> terms = analyzer.terms(member);
                if (!terms.isEmpty()) {
                    members.add(List.copyOf(terms));
                }
            }
            if (members.size() >= 2) {
                groups.add(List.copyOf(members));
            }
        }
        return new Synonyms(List.copyOf(groups));
    }

    List<List<List<String>>> groups() {
        return groups;
    }

    /** One part of a query: the words from {@code start} to {@code end} and the term lists that match it (any one of them, all its terms). */
    record Clause(int start, int end, List<List<String>> alternatives, boolean synonym) { }

    /**
     * A query's terms as clauses: from each word on, the longest synonym member it begins (first
     * found on a tie) gives one clause holding every member of every group with that member;
     * otherwise the word is a clause of its own.
     */
    List<Clause> plan(List<String> terms) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            List<String> best = null;
            for (List<List<String>> group : groups) {
                for (List<String> member : group) {
                    if ((best == null || member.size() > best.size()) && i + member.size() <= terms.size()
                            && terms.subList(i, i + member.size()).equals(member)) {
                        best = member;
                    }
                }
            }
            if (best == null) {
                clauses.add(new Clause(i, i + 1, List.of(List.of(terms.get(i))), false));
                i++;
                continue;
            }
            Set<List<String>> alternatives = new LinkedHashSet<>();
            for (List<List<String>> group : groups) {
                if (group.contains(best)) {
                    alternatives.addAll(group);
                }
            }
            clauses.add(new Clause(i, i + best.size(), List.copyOf(alternatives), true));
            i += best.size();
        }
        return clauses;
    }
}
