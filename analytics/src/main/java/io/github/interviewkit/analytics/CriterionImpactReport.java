package io.github.interviewkit.analytics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adverse impact per rubric criterion: for each criterion, the pass rates of the groups among the
 * candidates assessed on it, compared with that criterion's reference group. The criteria whose
 * pass rates fall below four-fifths are the components to examine when the total shows impact.
 */
public final class CriterionImpactReport implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final Map<String, AdverseImpactReport> criteria;

    CriterionImpactReport(Map<String, AdverseImpactReport> criteria) {
        this.criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    }

    /** @return one report per criterion, by criterion id, sorted */
    public Map<String, AdverseImpactReport> criteria() {
        return criteria;
    }

    /**
     * Returns one criterion's report.
     *
     * @param criterionId the criterion's id
     * @return its report, or empty if no candidate was assessed on it
     * @throws NullPointerException if {@code criterionId} is {@code null}
     */
    public Optional<AdverseImpactReport> criterion(String criterionId) {
        return Optional.ofNullable(criteria.get(java.util.Objects.requireNonNull(criterionId, "criterionId")));
    }

    /** @return the criteria on which some group's pass rate is below four-fifths of the reference rate */
    public List<String> criteriaBelowFourFifths() {
        return criteria.entrySet().stream().filter(e -> !e.getValue().belowFourFifths().isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    /** @return one block per criterion */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CriterionImpactReport");
        criteria.forEach((criterion, report) -> text.append("\n").append(criterion).append(": ").append(report));
        return text.toString();
    }
}
