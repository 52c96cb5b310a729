package io.github.interviewkit.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Whether a panel produced evidence on one competency of the role: the criteria that evaluate it
 * and those of them at least one interviewer assessed. A competency is {@linkplain #covered()
 * covered} when at least one of its criteria was assessed; a competency no criterion evaluates is
 * never covered.
 */
public final class CompetencyCoverage {
    private final String competencyId;
    private final List<String> criteria;
    private final List<String> assessedCriteria;

    private CompetencyCoverage(String competencyId, List<String> criteria, List<String> assessedCriteria) {
        this.competencyId = competencyId;
        this.criteria = criteria;
        this.assessedCriteria = assessedCriteria;
    }

    /**
     * Returns the coverage of a competency.
     *
     * @param competencyId the competency's id
     * @param criteria ids of the criteria that evaluate it, in rubric order
     * @param assessedCriteria those of them at least one interviewer assessed, in rubric order
     * @return the coverage
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringException if the id is blank, a list holds a null, or
     *     {@code assessedCriteria} names a criterion not in {@code criteria}
     */
    public static CompetencyCoverage of(String competencyId, List<String> criteria, List<String> assessedCriteria) {
        Finding.requireText("competencyId", competencyId);
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(assessedCriteria, "assessedCriteria");
        if (hasNull(criteria) || hasNull(assessedCriteria)
                || !criteria.containsAll(assessedCriteria)) {
            throw new ScoringException("coverage of competency '" + competencyId + "' needs criteria " + criteria
                    + " that include the assessed criteria " + assessedCriteria);
        }
        return new CompetencyCoverage(competencyId, List.copyOf(criteria), List.copyOf(assessedCriteria));
    }

    private static boolean hasNull(List<String> ids) {
        for (String id : ids) {
            if (id == null) {
                return true;
            }
        }
        return false;
    }

    static CompetencyCoverage trusted(String competencyId, List<String> criteria, List<String> assessedCriteria) {
        return new CompetencyCoverage(competencyId, criteria, assessedCriteria);
    }

    /** @return the competency's id */
    public String competencyId() {
        return competencyId;
    }

    /** @return ids of the criteria that evaluate the competency, in rubric order */
    public List<String> criteria() {
        return criteria;
    }

    /** @return ids of those criteria at least one interviewer assessed, in rubric order */
    public List<String> assessedCriteria() {
        return assessedCriteria;
    }

    /** @return whether at least one criterion evaluating the competency was assessed */
    public boolean covered() {
        return !assessedCriteria.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompetencyCoverage that && competencyId.equals(that.competencyId)
                && criteria.equals(that.criteria) && assessedCriteria.equals(that.assessedCriteria);
    }

    @Override
    public int hashCode() {
        return Objects.hash(competencyId, criteria, assessedCriteria);
    }

    /** @return a one-line summary */
    @Override
    public String toString() {
        return competencyId + ": " + assessedCriteria.size() + " of " + criteria.size() + " criteria assessed";
    }
}
