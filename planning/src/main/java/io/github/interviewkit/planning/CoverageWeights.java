package io.github.interviewkit.planning;

import io.github.interviewkit.model.EvaluationCriterion;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The criteria's exact decimal weights scaled by one power of ten to integers, so that the solver
 * compares weighted coverages exactly: weights 3, 1.5 and 0.25 become 300, 150 and 25 at scale 2.
 * No floating point is involved, so two plans tie on coverage exactly when their decimal coverages
 * are equal.
 */
final class CoverageWeights {
    /** The power of ten the weights were multiplied by. */
    final int scale;
    /** The scaled weight of each criterion, in rubric order. */
    final int[] scaled;
    /** {@code required(c)} of each criterion, in rubric order. */
    final int[] required;
    /** The weighted coverage of a plan in which every criterion has all the interviewers it needs, scaled. */
    final int maximum;

    private CoverageWeights(int scale, int[] scaled, int[] required, int maximum) {
        this.scale = scale;
        this.scaled = scaled;
        this.required = required;
        this.maximum = maximum;
    }

    /**
     * @throws ArithmeticException if a scaled weight or the scaled maximum coverage exceeds
     *     {@link PlanningProblem#MAX_SCALED_COVERAGE}
     */
    static CoverageWeights of(List<EvaluationCriterion> criteria, ToIntFunction<EvaluationCriterion> required) {
        int scale = 0;
        for (EvaluationCriterion criterion : criteria) {
            scale = Math.max(scale, criterion.weight().stripTrailingZeros().scale());
        }
        int[] scaled = new int[criteria.size()];
        int[] needed = new int[criteria.size()];
        long maximum = 0;
        for (int c = 0; c < criteria.size(); c++) {
            scaled[c] = criteria.get(c).weight().movePointRight(scale).intValueExact();
            needed[c] = required.applyAsInt(criteria.get(c));
            maximum = Math.addExact(maximum, Math.multiplyExact((long) scaled[c], needed[c]));
            if (maximum > PlanningProblem.MAX_SCALED_COVERAGE) {
                throw new ArithmeticException("scaled coverage " + maximum + " is too large");
            }
        }
        return new CoverageWeights(scale, scaled, needed, (int) maximum);
    }

    /** @return a scaled coverage as the exact decimal it stands for */
    BigDecimal decimal(long scaledCoverage) {
        return BigDecimal.valueOf(scaledCoverage, scale);
    }
}
