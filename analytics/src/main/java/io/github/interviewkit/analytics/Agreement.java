package io.github.interviewkit.analytics;

/**
 * Agreement between raters, from plain data: Cohen's kappa, Fleiss' kappa, Krippendorff's alpha,
 * the six Shrout &amp; Fleiss intraclass correlations and Kendall's W. Every method validates its
 * input completely and throws one {@link io.github.interviewkit.scoring.ScoringInputException}
 * listing every problem with its path; a statistic that the data cannot define comes back as an
 * undefined {@link Coefficient} with the reason, never as {@code NaN}. Methods are pure functions of
 * their arguments and safe to call from any thread.
 */
public final class Agreement {
    private Agreement() {}

    /**
     * Cohen's kappa between two raters of a matrix; units either of them did not rate are left out.
     *
     * @param matrix the ratings
     * @param firstRater the column of the first rater (rows of the weight matrix)
     * @param secondRater the column of the second rater (columns of the weight matrix)
     * @param weights how disagreements count
     * @return kappa
     * @throws io.github.interviewkit.scoring.ScoringInputException if an argument is missing, a
     *     rater is not a column of the matrix, the raters are the same, or a caller's weight matrix
     *     does not have one row per category; every problem is listed
     */
    public static CohensKappa cohensKappa(RatingMatrix matrix, int firstRater, int secondRater, KappaWeights weights) {
        Problems problems = new Problems("CohensKappa");
        if (matrix == null) {
            problems.add("matrix", null, "is required");
        }
        if (weights == null) {
            problems.add("weights", null, "is required");
        }
        problems.throwIfAny();
        if (firstRater < 0 || firstRater >= matrix.raters()) {
            problems.add("firstRater", firstRater, "is not a rater of the matrix (0.." + (matrix.raters() - 1) + ")");
        }
        if (secondRater < 0 || secondRater >= matrix.raters()) {
            problems.add("secondRater", secondRater, "is not a rater of the matrix (0.." + (matrix.raters() - 1) + ")");
        }
        if (firstRater == secondRater) {
            problems.add("secondRater", secondRater, "is the same rater as firstRater");
        }
        problems.throwIfAny();
        int k = matrix.categories().size();
        long[][] table = new long[k][k];
        for (int u = 0; u < matrix.units(); u++) {
            int first = matrix.code(u, firstRater);
            int second = matrix.code(u, secondRater);
            if (first >= 0 && second >= 0) {
                table[first][second]++;
            }
        }
        return CohensKappa.compute(table, weights);
    }

    /**
     * Cohen's kappa from a table of counts, as papers print it.
     *
     * @param categories the categories, one row and one column of the table each
     * @param table {@code table[i][j]} units the first rater put in category {@code i} and the second
     *     in category {@code j}; square, one row per category, no negative count
     * @param weights how disagreements count
     * @return kappa
     * @throws io.github.interviewkit.scoring.ScoringInputException if an argument or a row is
     *     missing, the table does not have one row and column per category, a count is negative, or a
     *     caller's weight matrix does not fit; every problem is listed
     */
    public static CohensKappa cohensKappa(CategorySet categories, long[][] table, KappaWeights weights) {
        Problems problems = new Problems("CohensKappa");
        if (categories == null) {
            problems.add("categories", null, "is required");
        }
        if (table == null) {
            problems.add("table", null, "is required");
        }
        if (weights == null) {
            problems.add("weights", null, "is required");
        }
        problems.throwIfAny();
        int k = categories.size();
        if (table.length != k) {
            problems.add("table", table.length + " rows", "needs one row per category (" + k + ")");
        }
        for (int i = 0; i < table.length; i++) {
            if (table[i] == null || table[i].length != k) {
                problems.add("table[" + i + "]", table[i] == null ? null : table[i].length + " columns",
                        "needs one column per category (" + k + ")");
                continue;
            }
            for (int j = 0; j < k; j++) {
                if (table[i][j] < 0) {
                    problems.add("table[" + i + "][" + j + "]", table[i][j], "a count cannot be negative");
                }
            }
        }
        problems.throwIfAny();
        return CohensKappa.compute(table, weights);
    }

    /**
     * Fleiss' kappa over all raters of a matrix. Fleiss' kappa needs the same number of ratings on
     * every unit; when ratings are missing unevenly the result is undefined with that reason (use
     * {@link #krippendorffsAlpha(RatingMatrix, MeasurementLevel)}, which handles missing ratings).
     *
     * @param matrix the ratings
     * @return kappa overall and per category
     * @throws io.github.interviewkit.scoring.ScoringInputException if {@code matrix} is {@code null}
     */
    public static FleissKappa fleissKappa(RatingMatrix matrix) {
        Problems.requireArgument(matrix, "FleissKappa", "matrix");
        int k = matrix.categories().size();
        int[][] counts = new int[matrix.units()][k];
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        for (int u = 0; u < matrix.units(); u++) {
            int ratings = 0;
            for (int r = 0; r < matrix.raters(); r++) {
                int code = matrix.code(u, r);
                if (code >= 0) {
                    counts[u][code]++;
                    ratings++;
                }
            }
            fewest = Math.min(fewest, ratings);
            most = Math.max(most, ratings);
        }
        if (matrix.units() > 0 && fewest != most) {
            return FleissKappa.undefined(matrix.categories(), "units have between " + fewest + " and " + most
                    + " ratings; Fleiss' kappa needs the same number on every unit", matrix.units(), 0);
        }
        return FleissKappa.compute(matrix.categories(), counts);
    }

    /**
     * Fleiss' kappa from counts per unit and category, the form Fleiss (1971) uses.
     *
     * @param categories the categories, one column of {@code counts} each
     * @param counts {@code counts[u][c]} raters put unit {@code u} in category {@code c}; every row
     *     has one column per category, no negative count and the same total
     * @return kappa overall and per category
     * @throws io.github.interviewkit.scoring.ScoringInputException if an argument or a row is
     *     missing, a row has the wrong length, a count is negative or row totals differ; every problem
     *     is listed
     */
    public static FleissKappa fleissKappa(CategorySet categories, int[][] counts) {
        Problems problems = new Problems("FleissKappa");
        if (categories == null) {
            problems.add("categories", null, "is required");
        }
        if (counts == null) {
            problems.add("counts", null, "is required");
        }
        problems.throwIfAny();
        int k = categories.size();
        long firstTotal = -1;
        for (int u = 0; u < counts.length; u++) {
            int[] row = counts[u];
            if (row == null || row.length != k) {
                problems.add("counts[" + u + "]", row == null ? null : row.length + " columns",
                        "needs one column per category (" + k + ")");
                continue;
            }
            long total = 0;
            boolean negative = false;
            for (int c = 0; c < k; c++) {
                if (row[c] < 0) {
                    problems.add("counts[" + u + "][" + c + "]", row[c], "a count cannot be negative");
                    negative = true;
                }
                total += row[c];
            }
            if (negative) {
                continue;
            }
            if (firstTotal < 0) {
                firstTotal = total;
            } else if (total != firstTotal) {
                problems.add("counts[" + u + "]", total + " ratings",
                        "has " + total + " ratings; earlier units have " + firstTotal
                                + " (Fleiss' kappa needs the same number on every unit)");
            }
        }
        problems.throwIfAny();
        return FleissKappa.compute(categories, counts);
    }

    /**
     * Krippendorff's alpha over all raters of a matrix, missing ratings allowed.
     *
     * @param matrix the ratings
     * @param level the level of measurement, which chooses the difference function
     * @return alpha
     * @throws io.github.interviewkit.scoring.ScoringInputException if an argument is missing, or the
     *     level is {@link MeasurementLevel#RATIO} and a category value is negative
     */
    public static KrippendorffsAlpha krippendorffsAlpha(RatingMatrix matrix, MeasurementLevel level) {
        Problems problems = new Problems("KrippendorffsAlpha");
        if (matrix == null) {
            problems.add("matrix", null, "is required");
        }
        if (level == null) {
            problems.add("level", null, "is required");
        }
        problems.throwIfAny();
        return KrippendorffsAlpha.compute(matrix, level);
    }

    /**
     * The six intraclass correlations with 95% confidence intervals from the units every rater
     * rated; units with a missing rating are left out (see {@link IntraclassCorrelation#targets()}).
     *
     * @param matrix the ratings; category values are used as numbers
     * @return the six forms
     * @throws io.github.interviewkit.scoring.ScoringInputException if {@code matrix} is {@code null}
     */
    public static IntraclassCorrelation intraclassCorrelation(RatingMatrix matrix) {
        Problems.requireArgument(matrix, "IntraclassCorrelation", "matrix");
        return IntraclassCorrelation.compute(matrix.completeUnits(), 0.95);
    }

    /**
     * The six intraclass correlations from numeric scores.
     *
     * @param scores one row per target, one column per judge, complete, every value finite
     * @param confidence the confidence level of the intervals, strictly between 0 and 1, e.g. 0.95
     * @return the six forms
     * @throws io.github.interviewkit.scoring.ScoringInputException if {@code scores} is missing or
     *     ragged, a value is not finite or the confidence is out of range; every problem is listed
     */
    public static IntraclassCorrelation intraclassCorrelation(double[][] scores, double confidence) {
        Problems problems = new Problems("IntraclassCorrelation");
        if (!(confidence > 0 && confidence < 1)) {
            problems.add("confidence", confidence, "must be strictly between 0 and 1");
        }
        double[][] copy = completeScores(scores, problems);
        problems.throwIfAny();
        return IntraclassCorrelation.compute(copy, confidence);
    }

    /**
     * Kendall's W from the units every rater rated; units with a missing rating are left out.
     *
     * @param matrix the ratings; category values are ranked within each rater
     * @return W
     * @throws io.github.interviewkit.scoring.ScoringInputException if {@code matrix} is {@code null}
     */
    public static KendallsW kendallsW(RatingMatrix matrix) {
        Problems.requireArgument(matrix, "KendallsW", "matrix");
        return KendallsW.compute(matrix.completeUnits());
    }

    /**
     * Kendall's W from numeric scores or ranks.
     *
     * @param scores one row per unit, one column per rater, complete, every value finite
     * @return W
     * @throws io.github.interviewkit.scoring.ScoringInputException if {@code scores} is missing or
     *     ragged or a value is not finite; every problem is listed
     */
    public static KendallsW kendallsW(double[][] scores) {
        Problems problems = new Problems("KendallsW");
        double[][] copy = completeScores(scores, problems);
        problems.throwIfAny();
        return KendallsW.compute(copy);
    }

    private static double[][] completeScores(double[][] scores, Problems problems) {
        if (scores == null) {
            problems.add("scores", null, "is required");
            return new double[0][];
        }
        double[][] copy = new double[scores.length][];
        int columns = scores.length == 0 || scores[0] == null ? 0 : scores[0].length;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == null || scores[i].length != columns) {
                problems.add("scores[" + i + "]", scores[i] == null ? null : scores[i].length + " scores",
                        "every row needs " + columns + " scores, one per rater, like the first");
                continue;
            }
            copy[i] = scores[i].clone();
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(scores[i][j])) {
                    problems.add("scores[" + i + "][" + j + "]", scores[i][j], "must be a finite number");
                }
            }
        }
        return copy;
    }
}
