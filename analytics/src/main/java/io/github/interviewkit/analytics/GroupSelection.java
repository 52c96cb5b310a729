package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.scoring.ScoringInputException;

import java.util.Objects;

/**
 * How many people of one group applied and how many were selected. The group is only a label the
 * caller chooses; the library never learns or stores what attribute it stands for.
 */
public final class GroupSelection implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String label;
    private final int applicants;
    private final int selected;

    private GroupSelection(String label, int applicants, int selected) {
        this.label = label;
        this.applicants = applicants;
        this.selected = selected;
    }

    /**
     * Returns a group's counts.
     *
     * @param label the group's label, not blank
     * @param applicants how many applied, at least 1
     * @param selected how many were selected, between 0 and {@code applicants}
     * @return the counts
     * @throws NullPointerException if {@code label} is {@code null}
     * @throws io.github.interviewkit.scoring.ScoringInputException if the label is blank,
     *     a count is negative, there is no applicant or more are selected than applied; every problem
     *     is listed
     */
    public static GroupSelection of(String label, int applicants, int selected) {
        Objects.requireNonNull(label, "label");
        Violations problems = Violations.collector();
        check(label, applicants, selected, "", problems);
        problems.throwIfAny("GroupSelection", ScoringInputException::new);
        return new GroupSelection(label, applicants, selected);
    }

    static void check(@org.jspecify.annotations.Nullable String label, long applicants, long selected, String at, ViolationSink problems) {
        if (label == null || label.isBlank()) {
            problems.add(at + "label", label, "a group needs a label that is not blank");
        }
        if (applicants < 1) {
            problems.add(at + "applicants", applicants, "a group needs at least one applicant");
        }
        if (selected < 0) {
            problems.add(at + "selected", selected, "a count cannot be negative");
        } else if (selected > applicants && applicants >= 1) {
            problems.add(at + "selected", selected, "more selected than the " + applicants + " who applied");
        }
    }

    /** @return the group's label */
    public String label() {
        return label;
    }

    /** @return how many applied */
    public int applicants() {
        return applicants;
    }

    /** @return how many were selected */
    public int selected() {
        return selected;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
        return other instanceof GroupSelection g
                && label.equals(g.label) && applicants == g.applicants && selected == g.selected;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, applicants, selected);
    }

    /** @return e.g. {@code group-a: 12 of 40 selected} */
    @Override
    public String toString() {
        return label + ": " + selected + " of " + applicants + " selected";
    }
}
