package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of an {@link AdverseImpactReport}, its partial form: per group label,
 * how many applied and how many were selected. Merging adds counts, exactly, in any grouping and
 * order; {@link #report()} is then exactly the report of all outcomes at once. Immutable;
 * {@link #toBytes()} is its compact form.
 */
public final class SelectionCounts {
    private static final String SUBJECT = "AdverseImpact";
    private static final SelectionCounts EMPTY = new SelectionCounts(Map.of());

    /** By label: {applicants, selected}. */
    private final Map<String, long[]> groups;

    private SelectionCounts(Map<String, long[]> groups) {
        this.groups = groups;
    }

    /** @return counts of nothing, the neutral element of {@link #merge} */
    public static SelectionCounts empty() {
        return EMPTY;
    }

    /**
     * Returns the counts of one outcome.
     *
     * @param group the outcome's group label, not blank
     * @param selected whether the outcome is a selection
     * @return the counts
     * @throws NullPointerException if {@code group} is {@code null}
     * @throws IllegalArgumentException if {@code group} is blank
     */
    public static SelectionCounts ofOutcome(String group, boolean selected) {
        Objects.requireNonNull(group, "group");
        if (group.isBlank()) {
            throw new IllegalArgumentException("group is blank");
        }
        return new SelectionCounts(Map.of(group, new long[] {1, selected ? 1 : 0}));
    }

    /**
     * Returns counts per group.
     *
     * @param groups the groups, each label once
     * @return the counts
     * @throws NullPointerException if {@code groups} is {@code null}
     * @throws ScoringInputException if an entry is missing or a label repeats; every problem is listed
     */
    public static SelectionCounts of(List<GroupSelection> groups) {
        Objects.requireNonNull(groups, "groups");
        Violations problems = Violations.collector();
        Map<String, long[]> counts = new TreeMap<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupSelection group = groups.get(i);
            if (group == null) {
                problems.add("groups[" + i + "]", null, "is required");
            } else if (counts.putIfAbsent(group.label(), new long[] {group.applicants(), group.selected()}) != null) {
                problems.add("groups[" + i + "].label", group.label(), "repeats the label of an earlier group");
            }
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return new SelectionCounts(Collections.unmodifiableMap(counts));
    }

    /**
     * Counts outcomes by group.
     *
     * @param outcomes the outcomes, one per applicant
     * @param group the label of an outcome's group, never {@code null} or blank
     * @param selected whether an outcome is a selection
     * @param <T> the type of an outcome
     * @return the counts
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if an outcome is missing or its label is missing or blank;
     *     every problem is listed
     */
    public static <T> SelectionCounts of(Iterable<? extends T> outcomes, Function<? super T, String> group,
            Predicate<? super T> selected) {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(selected, "selected");
        Violations problems = Violations.collector();
        Map<String, long[]> tallies = new java.util.HashMap<>();
        int index = 0;
        for (Iterator<? extends T> it = outcomes.iterator(); it.hasNext(); index++) {
            T outcome = it.next();
            if (outcome == null) {
                problems.add("outcomes[" + index + "]", null, "is required");
                continue;
            }
            String label = group.apply(outcome);
            long[] tally = label == null ? null : tallies.get(label);
            if (tally == null) {
                if (label == null || label.isBlank()) {
                    problems.add("outcomes[" + index + "]", label, "the outcome's group label is missing or blank");
                    continue;
                }
                tally = new long[2];
                tallies.put(label, tally);
            }
            tally[0]++;
            // Without a branch: selections come in no predictable order.
            tally[1] += selected.test(outcome) ? 1 : 0;
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return new SelectionCounts(Collections.unmodifiableMap(new TreeMap<>(tallies)));
    }

    /**
     * Adds other counts.
     *
     * @param other counts of other outcomes
     * @return the counts of both
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws ScoringInputException if a count of both together passes {@code Long.MAX_VALUE}
     */
    public SelectionCounts merge(SelectionCounts other) {
        Objects.requireNonNull(other, "other");
        return Inputs.counted(SUBJECT, () -> mergeCounts(other));
    }

    private SelectionCounts mergeCounts(SelectionCounts other) {
        Objects.requireNonNull(other, "other");
        if (other.groups.isEmpty()) {
            return this;
        }
        if (groups.isEmpty()) {
            return other;
        }
        Map<String, long[]> merged = new TreeMap<>();
        groups.forEach((label, counts) -> merged.put(label, counts.clone()));
        other.groups.forEach((label, counts) -> merged.merge(label, counts.clone(),
                (a, b) -> new long[] {Math.addExact(a[0], b[0]), Math.addExact(a[1], b[1])}));
        return new SelectionCounts(Collections.unmodifiableMap(merged));
    }

    /** @return the group labels, sorted */
    public List<String> labels() {
        return List.copyOf(new TreeMap<>(groups).keySet());
    }

    /** @return whether no outcome was counted */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /**
     * Compares the groups.
     *
     * @return the report, groups sorted by label
     * @throws ScoringInputException if nothing was counted or a group has more than
     *     {@link Integer#MAX_VALUE} applicants
     */
    public AdverseImpactReport report() {
        if (groups.isEmpty()) {
            throw Inputs.invalid(SUBJECT, "outcomes", "[]", "needs at least one outcome");
        }
        return AdverseImpact.compare(selections("outcomes"));
    }

    /** The groups as {@link GroupSelection}s, sorted by label. */
    List<GroupSelection> selections(String path) {
        Violations problems = Violations.collector();
        List<GroupSelection> list = new ArrayList<>(groups.size());
        new TreeMap<>(groups).forEach((label, counts) -> {
            if (counts[0] > Integer.MAX_VALUE) {
                problems.add(path + "[" + label + "]", counts[0] + " applicants",
                        "a group can hold at most " + Integer.MAX_VALUE + " applicants");
            } else {
                list.add(GroupSelection.of(label, (int) counts[0], (int) counts[1]));
            }
        });
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return list;
    }

    /** Counts of groups that had at least one applicant, for a stage: {applicants, selected} by label. */
    static SelectionCounts ofTallies(Map<String, long[]> tallies) {
        Map<String, long[]> kept = new TreeMap<>();
        tallies.forEach((label, counts) -> {
            if (counts[0] > 0) {
                kept.put(label, counts.clone());
            }
        });
        return new SelectionCounts(Collections.unmodifiableMap(kept));
    }

    /** @return the compact binary form, read back by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        Bytes.Writer out = new Bytes.Writer('S');
        writeGroups(out, groups);
        return out.toBytes();
    }

    static void writeGroups(Bytes.Writer out, Map<String, long[]> groups) {
        Map<String, long[]> sorted = new TreeMap<>(groups);
        out.varLong(sorted.size());
        sorted.forEach((label, counts) -> out.string(label).varLong(counts[0]).varLong(counts[1]));
    }

    static Map<String, long[]> readGroups(Bytes.Reader in) {
        int size = (int) in.count(in.remaining(), "the number of groups");
        Map<String, long[]> groups = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            String label = in.string();
            long applicants = in.count(Long.MAX_VALUE, "a number of applicants");
            long selected = in.count(applicants, "a number selected");
            if (label.isBlank() || groups.put(label, new long[] {applicants, selected}) != null) {
                throw in.malformed("holds a blank or repeated group label");
            }
        }
        return Collections.unmodifiableMap(groups);
    }

    /**
     * Reads counts from their binary form.
     *
     * @param bytes what {@link #toBytes()} wrote
     * @return the counts
     * @throws NullPointerException if {@code bytes} is {@code null}
     * @throws ScoringInputException if the bytes are not such a form
     */
    public static SelectionCounts fromBytes(byte[] bytes) {
        Bytes.Reader in = new Bytes.Reader(SUBJECT + " counts", 'S', bytes);
        Map<String, long[]> groups = readGroups(in);
        in.end();
        return new SelectionCounts(groups);
    }

    static boolean sameGroups(Map<String, long[]> a, Map<String, long[]> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SelectionCounts s && sameGroups(groups, s.groups);
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (Map.Entry<String, long[]> e : groups.entrySet()) {
            hash += e.getKey().hashCode() ^ java.util.Arrays.hashCode(e.getValue());
        }
        return hash;
    }

    /** @return e.g. {@code SelectionCounts[4 groups]} */
    @Override
    public String toString() {
        return "SelectionCounts[" + groups.size() + " groups]";
    }
}
