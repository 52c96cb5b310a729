package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of a {@link SelectionFlowReport}, its partial form: per group, how
 * many candidates ended at each stage of the {@link SelectionFlow}, having passed it or not. All
 * counts: merging is exact, in any grouping and order. Immutable; {@link #toBytes()} is its
 * compact form.
 */
public final class StageCounts {
    private static final String SUBJECT = "SelectionFlow";

    private final SelectionFlow flow;
    /** By group: {@code [2 * stage + (passed ? 1 : 0)]} candidates whose last stage it is. */
    private final Map<String, long[]> groups;

    private StageCounts(SelectionFlow flow, Map<String, long[]> groups) {
        this.flow = flow;
        this.groups = groups;
    }

    /**
     * Returns the counts of nothing, the neutral element of {@link #merge}.
     *
     * @param flow the flow
     * @return the empty counts
     * @throws NullPointerException if {@code flow} is {@code null}
     */
    public static StageCounts empty(SelectionFlow flow) {
        return new StageCounts(Objects.requireNonNull(flow, "flow"), Map.of());
    }

    /**
     * Returns the counts of one candidate.
     *
     * @param flow the flow
     * @param group the candidate's group label, not blank
     * @param lastStage the last stage the candidate took part in
     * @param passed whether the candidate passed it
     * @return the counts
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the label is blank or the stage is not one of the flow
     */
    public static StageCounts ofCandidate(SelectionFlow flow, String group, String lastStage, boolean passed) {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(lastStage, "lastStage");
        int at = flow.indexOf(lastStage);
        if (group.isBlank()) {
            throw new IllegalArgumentException("group is blank");
        }
        if (at < 0) {
            throw new IllegalArgumentException("lastStage " + Violation.shown(lastStage) + " is not a stage of " + Violation.shown(flow.stages()));
        }
        Tally tally = new Tally(flow);
        tally.add(group, at, passed);
        return tally.counts();
    }

    /**
     * Adds other counts.
     *
     * @param other counts of other candidates in the same flow
     * @return the counts of both
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws ScoringInputException if the flows differ, or a count of both together passes {@code Long.MAX_VALUE}
     */
    public StageCounts merge(StageCounts other) {
        Objects.requireNonNull(other, "other");
        return Inputs.counted(SUBJECT, () -> mergeCounts(other));
    }

    private StageCounts mergeCounts(StageCounts other) {
        Objects.requireNonNull(other, "other");
        if (!flow.equals(other.flow)) {
            throw Inputs.invalid(SUBJECT, "other.flow", other.flow.stages(),
                    "counts of another flow do not merge; these count " + Violation.shown(flow.stages()));
        }
        Map<String, long[]> merged = new TreeMap<>();
        groups.forEach((label, counts) -> merged.put(label, counts.clone()));
        other.groups.forEach((label, counts) -> merged.merge(label, counts.clone(), (a, b) -> {
            long[] sum = new long[a.length];
            for (int i = 0; i < sum.length; i++) {
                sum[i] = Math.addExact(a[i], b[i]);
            }
            return sum;
        }));
        return new StageCounts(flow, Collections.unmodifiableMap(merged));
    }

    /** @return the flow */
    public SelectionFlow flow() {
        return flow;
    }

    /**
     * Analyses every stage and the bottom line.
     *
     * @return the report
     * @throws ScoringInputException if nothing was counted or a group has more than
     *     {@link Integer#MAX_VALUE} candidates
     */
    public SelectionFlowReport report() {
        if (groups.isEmpty()) {
            throw Inputs.invalid(SUBJECT, "outcomes", "[]", "needs at least one outcome");
        }
        int stages = flow.stages().size();
        Map<String, AdverseImpactReport> perStage = new LinkedHashMap<>();
        for (int i = 0; i < stages; i++) {
            Map<String, long[]> atStage = new TreeMap<>();
            for (Map.Entry<String, long[]> group : groups.entrySet()) {
                long[] counts = group.getValue();
                long applicants = 0;
                long selected = counts[2 * i + 1];
                for (int j = i; j < stages; j++) {
                    applicants += counts[2 * j] + counts[2 * j + 1];
                    if (j > i) {
                        selected += counts[2 * j] + counts[2 * j + 1];
                    }
                }
                atStage.put(group.getKey(), new long[] {applicants, selected});
            }
            SelectionCounts reached = SelectionCounts.ofTallies(atStage);
            perStage.put(flow.stages().get(i), reached.isEmpty()
                    ? new AdverseImpactReport(List.of(), null, "no candidate reached this stage")
                    : AdverseImpact.compare(reached.selections("stages[" + i + "]")));
        }
        Map<String, long[]> bottom = new TreeMap<>();
        groups.forEach((label, counts) -> {
            long applicants = 0;
            for (long count : counts) {
                applicants += count;
            }
            bottom.put(label, new long[] {applicants, counts[2 * stages - 1]});
        });
        AdverseImpactReport bottomLine = AdverseImpact.compare(SelectionCounts.ofTallies(bottom).selections("bottomLine"));
        return new SelectionFlowReport(flow, perStage, bottomLine);
    }

    /** @return the compact binary form, read back by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        Bytes.Writer out = new Bytes.Writer('G');
        out.varLong(flow.stages().size());
        flow.stages().forEach(out::string);
        out.varLong(groups.size());
        groups.forEach((label, counts) -> {
            out.string(label);
            for (long count : counts) {
                out.varLong(count);
            }
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
    public static StageCounts fromBytes(byte[] bytes) {
        Bytes.Reader in = new Bytes.Reader(SUBJECT + " counts", 'G', bytes);
        int stageCount = (int) in.count(in.remaining(), "the number of stages");
        List<String> stages = new ArrayList<>(stageCount);
        for (int i = 0; i < stageCount; i++) {
            stages.add(in.string());
        }
        SelectionFlow flow;
        try {
            flow = SelectionFlow.of(stages);
        } catch (IllegalArgumentException invalid) {
            throw in.malformed("holds the stages " + Violation.shown(stages) + ", which are not a flow");
        }
        int groupCount = (int) in.count(in.remaining(), "the number of groups");
        Map<String, long[]> groups = new TreeMap<>();
        for (int g = 0; g < groupCount; g++) {
            String label = in.string();
            long[] counts = new long[2 * stageCount];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = in.count(Long.MAX_VALUE, "a count of candidates");
            }
            if (label.isBlank() || groups.put(label, counts) != null) {
                throw in.malformed("holds a blank or repeated group label");
            }
        }
        in.end();
        return new StageCounts(flow, Collections.unmodifiableMap(groups));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StageCounts s && flow.equals(s.flow) && SelectionCounts.sameGroups(groups, s.groups);
    }

    @Override
    public int hashCode() {
        int hash = flow.hashCode();
        for (Map.Entry<String, long[]> e : groups.entrySet()) {
            hash += e.getKey().hashCode() ^ java.util.Arrays.hashCode(e.getValue());
        }
        return hash;
    }

    /** @return e.g. {@code StageCounts[3 groups in SelectionFlow[screen -> offer]]} */
    @Override
    public String toString() {
        return "StageCounts[" + groups.size() + " groups in " + flow + "]";
    }

    /** The mutable tally behind the factories. */
    static final class Tally {
        private final SelectionFlow flow;
        private final int cells;
        /** Hashed while counting (one lookup per outcome, nothing allocated), sorted when done. */
        private final Map<String, long[]> groups = new java.util.HashMap<>();

        Tally(SelectionFlow flow) {
            this.flow = flow;
            this.cells = 2 * flow.stages().size();
        }

        void add(String group, int stage, boolean passed) {
            long[] counts = groups.get(group);
            if (counts == null) {
                counts = new long[cells];
                groups.put(group, counts);
            }
            counts[2 * stage + (passed ? 1 : 0)]++;
        }

        StageCounts counts() {
            return new StageCounts(flow, Collections.unmodifiableMap(new TreeMap<>(groups)));
        }
    }
}
