package io.github.interviewkit.scoring;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How a panel rated one criterion: how many interviewers assessed it, their aggregate (by the
 * policy's {@link Aggregation}), the lowest and highest rating and the spread between them. When
 * nobody assessed the criterion, {@link #assessments()} is 0 and the other figures are empty.
 */
public final class CriterionFigures {
    private final String criterionId;
    private final int assessments;
    private final double aggregate;
    private final int minimum;
    private final int maximum;

    private CriterionFigures(String criterionId, int assessments, double aggregate, int minimum, int maximum) {
        this.criterionId = criterionId;
        this.assessments = assessments;
        this.aggregate = aggregate;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /**
     * Returns the figures of a criterion some interviewers assessed.
     *
     * @param criterionId the criterion's id
     * @param assessments how many interviewers assessed it, at least 1
     * @param aggregate the aggregate of their ratings, between {@code minimum} and {@code maximum}
     * @param minimum the lowest rating
     * @param maximum the highest rating
     * @return the figures
     * @throws NullPointerException if {@code criterionId} is {@code null}
     * @throws ScoringException if the id is blank, {@code assessments} is below 1, or the figures
     *     are inconsistent ({@code minimum > maximum}, aggregate outside them or not finite)
     */
    public static CriterionFigures of(String criterionId, int assessments, double aggregate, int minimum, int maximum) {
        Finding.requireText("criterionId", criterionId);
        if (assessments < 1 || minimum > maximum || !(aggregate >= minimum && aggregate <= maximum)) {
            throw new ScoringException("inconsistent figures for criterion '" + criterionId + "': assessments="
                    + assessments + ", aggregate=" + aggregate + ", minimum=" + minimum + ", maximum=" + maximum);
        }
        return new CriterionFigures(criterionId, assessments, aggregate, minimum, maximum);
    }

    /**
     * Returns the figures of a criterion nobody assessed.
     *
     * @param criterionId the criterion's id
     * @return the figures, with 0 assessments
     * @throws NullPointerException if {@code criterionId} is {@code null}
     * @throws ScoringException if the id is blank
     */
    public static CriterionFigures unassessed(String criterionId) {
        Finding.requireText("criterionId", criterionId);
        return new CriterionFigures(criterionId, 0, 0, 0, 0);
    }

    static CriterionFigures trusted(String criterionId, int assessments, double aggregate, int minimum, int maximum) {
        return new CriterionFigures(criterionId, assessments, aggregate, minimum, maximum);
    }

    /** @return the criterion's id */
    public String criterionId() {
        return criterionId;
    }

    /** @return how many interviewers assessed the criterion */
    public int assessments() {
        return assessments;
    }

    /** @return the aggregate of the ratings, or empty when nobody assessed the criterion */
    public OptionalDouble aggregate() {
        return assessments == 0 ? OptionalDouble.empty() : OptionalDouble.of(aggregate);
    }

    /** @return the lowest rating, or empty when nobody assessed the criterion */
    public OptionalInt minimum() {
        return assessments == 0 ? OptionalInt.empty() : OptionalInt.of(minimum);
    }

    /** @return the highest rating, or empty when nobody assessed the criterion */
    public OptionalInt maximum() {
        return assessments == 0 ? OptionalInt.empty() : OptionalInt.of(maximum);
    }

    /** @return the highest minus the lowest rating, or empty when nobody assessed the criterion */
    public OptionalInt spread() {
        return assessments == 0 ? OptionalInt.empty() : OptionalInt.of(maximum - minimum);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CriterionFigures that && criterionId.equals(that.criterionId)
                && assessments == that.assessments && Double.compare(aggregate, that.aggregate) == 0
                && minimum == that.minimum && maximum == that.maximum;
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterionId, assessments, aggregate, minimum, maximum);
    }

    /** @return a one-line summary */
    @Override
    public String toString() {
        return assessments == 0 ? criterionId + ": not assessed"
                : criterionId + ": n=" + assessments + " aggregate=" + aggregate + " min=" + minimum + " max=" + maximum;
    }
}
