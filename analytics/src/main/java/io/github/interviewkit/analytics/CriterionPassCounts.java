package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelRatings;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of a {@link CriterionImpactReport}, its partial form: per rubric
 * criterion and group, how many candidates were assessed on the criterion and how many passed it.
 * All counts: merging is exact, in any grouping and order. Immutable; {@link #toBytes()} is its
 * compact form.
 */
public final class CriterionPassCounts {
    private static final String SUBJECT = "AdverseImpact";
    private static final CriterionPassCounts EMPTY = new CriterionPassCounts(Map.of());

    /** By criterion, by group: {assessed, passed}. */
    private final Map<String, Map<String, long[]>> criteria;

    private CriterionPassCounts(Map<String, Map<String, long[]>> criteria) {
        this.criteria = criteria;
    }

    /** @return the counts of nothing, the neutral element of {@link #merge} */
    public static CriterionPassCounts empty() {
        return EMPTY;
    }

    /**
     * Which criteria a panel's candidate passes: those whose mean assessed rating is at or above
     * the level, decided exactly (sum of ratings at least level times their number). A criterion
     * nobody assessed is left out.
     *
     * @param panel the candidate's panel
     * @param passingLevel the lowest rating that passes
     * @return pass or fail by criterion id, sorted by id
     * @throws NullPointerException if {@code panel} is {@code null}
     */
    public static SortedMap<String, Boolean> passes(Panel panel, int passingLevel) {
        Objects.requireNonNull(panel, "panel");
        PanelRatings table = panel.ratings();
        SortedMap<String, Boolean> passes = new TreeMap<>();
        for (int criterion = 0; criterion < table.criteria(); criterion++) {
            long sum = 0;
            long count = 0;
            for (int card = 0; card < table.scorecards(); card++) {
                int level = table.level(card, criterion);
                if (level != PanelRatings.NOT_ASSESSED) {
                    sum += level;
                    count++;
                }
            }
            if (count > 0) {
                passes.put(table.criterionIds().get(criterion), sum >= (long) passingLevel * count);
            }
        }
        return Collections.unmodifiableSortedMap(passes);
    }

    /**
     * Returns the counts of one candidate.
     *
     * @param group the candidate's group label, not blank
     * @param passedByCriterion whether the candidate passed each criterion they were assessed on
     * @return the counts
     * @throws NullPointerException if an argument, a criterion id or a flag is {@code null}
     * @throws IllegalArgumentException if the label is blank
     */
    public static CriterionPassCounts ofCandidate(String group, Map<String, Boolean> passedByCriterion) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(passedByCriterion, "passedByCriterion");
        if (group.isBlank()) {
            throw new IllegalArgumentException("group is blank");
        }
        Map<String, Map<String, long[]>> criteria = new TreeMap<>();
        passedByCriterion.forEach((criterion, passed) -> criteria.put(Objects.requireNonNull(criterion, "criterion"),
                Map.of(group, new long[] {1, Objects.requireNonNull(passed, "passed") ? 1 : 0})));
        return new CriterionPassCounts(Collections.unmodifiableMap(criteria));
    }

    /**
     * Counts the candidates of many panels.
     *
     * @param panels one per candidate
     * @param group the label of a panel's candidate's group, never {@code null} or blank
     * @param passingLevel the lowest rating that passes
     * @return the counts
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if a panel is missing or a label is missing or blank; every
     *     problem is listed
     */
    public static CriterionPassCounts of(List<Panel> panels, Function<? super Panel, String> group, int passingLevel) {
        Objects.requireNonNull(panels, "panels");
        Objects.requireNonNull(group, "group");
        Violations problems = Violations.collector();
        Map<String, Map<String, long[]>> criteria = new TreeMap<>();
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            if (panel == null) {
                problems.add("panels[" + p + "]", null, "is required");
                continue;
            }
            @Nullable String label = group.apply(panel);
            if (label == null || label.isBlank()) {
                problems.add("panels[" + p + "]", label, "the candidate's group label is missing or blank");
                continue;
            }
            passes(panel, passingLevel).forEach((criterion, passed) -> {
                long[] counts = criteria.computeIfAbsent(criterion, c -> new TreeMap<>())
                        .computeIfAbsent(label, g -> new long[2]);
                counts[0]++;
                counts[1] += passed ? 1 : 0;
            });
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return new CriterionPassCounts(Collections.unmodifiableMap(criteria));
    }

    /**
     * Adds other counts.
     *
     * @param other counts of other candidates
     * @return the counts of both
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws ScoringInputException if a count of both together passes {@code Long.MAX_VALUE}
     */
    public CriterionPassCounts merge(CriterionPassCounts other) {
        Objects.requireNonNull(other, "other");
        return Inputs.counted(SUBJECT, () -> mergeCounts(other));
    }

    private CriterionPassCounts mergeCounts(CriterionPassCounts other) {
        Objects.requireNonNull(other, "other");
        Map<String, Map<String, long[]>> merged = new TreeMap<>();
        for (CriterionPassCounts part : new CriterionPassCounts[] {this, other}) {
            part.criteria.forEach((criterion, groups) -> {
                Map<String, long[]> into = merged.computeIfAbsent(criterion, c -> new TreeMap<>());
                groups.forEach((label, counts) -> into.merge(label, counts.clone(),
                        (a, b) -> new long[] {Math.addExact(a[0], b[0]), Math.addExact(a[1], b[1])}));
            });
        }
        return new CriterionPassCounts(Collections.unmodifiableMap(merged));
    }

    /**
     * Analyses every criterion.
     *
     * @return one report per criterion, by criterion id
     * @throws ScoringInputException if a group has more than {@link Integer#MAX_VALUE} candidates
     */
    public CriterionImpactReport report() {
        Map<String, AdverseImpactReport> reports = new LinkedHashMap<>();
        criteria.forEach((criterion, groups) -> reports.put(criterion,
                AdverseImpact.compare(SelectionCounts.ofTallies(groups).selections("criteria[" + criterion + "]"))));
        return new CriterionImpactReport(reports);
    }

    /** @return the compact binary form, read back by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        Bytes.Writer out = new Bytes.Writer('P');
        out.varLong(criteria.size());
        criteria.forEach((criterion, groups) -> {
            out.string(criterion);
            SelectionCounts.writeGroups(out, groups);
        });
        return out.toBytes();
    }

    /**
     * Reads counts from their binary form.
     *
     * @param bytes what {@link #toBytes()} wrote
     * @return the counts
     * @throws NullPointerException if {@code bytes} is {@code null}
     * @throws ScoringInputException if the bytes are not such a form
     */
    public static CriterionPassCounts fromBytes(byte[] bytes) {
        Bytes.Reader in = new Bytes.Reader(SUBJECT + " criterion counts", 'P', bytes);
        int size = (int) in.count(in.remaining(), "the number of criteria");
        Map<String, Map<String, long[]>> criteria = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            String criterion = in.string();
            if (criteria.put(criterion, SelectionCounts.readGroups(in)) != null) {
                throw in.malformed("holds the criterion " + Violation.shown(criterion) + " twice");
            }
        }
        in.end();
        return new CriterionPassCounts(Collections.unmodifiableMap(criteria));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof CriterionPassCounts c) || !criteria.keySet().equals(c.criteria.keySet())) {
            return false;
        }
        return criteria.entrySet().stream()
                .allMatch(e -> SelectionCounts.sameGroups(e.getValue(),
                        Objects.requireNonNull(c.criteria.get(e.getKey()), "the same criteria")));
    }

    @Override
    public int hashCode() {
        return criteria.keySet().hashCode();
    }

    /** @return e.g. {@code CriterionPassCounts[5 criteria]} */
    @Override
    public String toString() {
        return "CriterionPassCounts[" + criteria.size() + " criteria]";
    }
}
