package io.github.interviewkit.analytics;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The adverse-impact figures of every group, in label order, compared with the group that has the
 * highest selection rate, the {@linkplain #referenceGroup() reference group} every figure names. When no group had any selection there is nothing to compare with: the
 * report is {@linkplain #isDefined() undefined}, says why, and no group is flagged.
 */
public final class AdverseImpactReport implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final List<GroupImpact> groups;
    private final @Nullable String highestRateGroup;
    private final @Nullable String undefinedReason;

    AdverseImpactReport(List<GroupImpact> groups, @Nullable String highestRateGroup, @Nullable String undefinedReason) {
        this.groups = List.copyOf(groups);
        this.highestRateGroup = highestRateGroup;
        this.undefinedReason = undefinedReason;
    }

    /** @return every group, sorted by label */
    public List<GroupImpact> groups() {
        return groups;
    }

    /**
     * Returns a group's figures.
     *
     * @param label the group's label
     * @return its figures, or empty if there is no such group
     * @throws NullPointerException if {@code label} is {@code null}
     */
    public Optional<GroupImpact> group(String label) {
        java.util.Objects.requireNonNull(label, "label");
        return groups.stream().filter(group -> group.label().equals(label)).findFirst();
    }

    /**
     * @return the label of the reference group every comparison is against, the highest-rate
     *     group, or empty when the report is undefined
     */
    public Optional<String> referenceGroup() {
        return Optional.ofNullable(highestRateGroup);
    }

    /** @return the label of the highest-rate group, or empty when the report is undefined */
    public Optional<String> highestRateGroup() {
        return Optional.ofNullable(highestRateGroup);
    }

    /** @return whether there is a highest rate above zero to compare with */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /** @return why the comparison is undefined, or empty when it is defined */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /** @return the groups whose rate is below four-fifths of the highest rate */
    public List<GroupImpact> belowFourFifths() {
        return groups.stream().filter(GroupImpact::belowFourFifths).toList();
    }

    /** @return one line per group */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("AdverseImpactReport");
        if (!isDefined()) {
            text.append(" (undefined: ").append(undefinedReason).append(')');
        }
        for (GroupImpact group : groups) {
            text.append("\n").append("  ").append(group);
        }
        return text.toString();
    }
}
