package io.github.interviewkit.analytics;

/**
 * The six intraclass correlations of Shrout &amp; Fleiss (1979): the design (1: each target rated by
 * different random judges; 2: the same random sample of judges rates every target, absolute
 * agreement; 3: the same fixed judges, consistency) and whether the reliability is that of one
 * judge's rating or of the mean of the {@code k} judges' ratings.
 */
public enum IccForm {
    /** ICC(1,1): one-way random effects, a single rating. */
    ICC_1_1(false),
    /** ICC(2,1): two-way random effects, absolute agreement, a single rating. */
    ICC_2_1(false),
    /** ICC(3,1): two-way mixed effects, consistency, a single rating. */
    ICC_3_1(false),
    /** ICC(1,k): one-way random effects, the mean of k ratings. */
    ICC_1_K(true),
    /** ICC(2,k): two-way random effects, absolute agreement, the mean of k ratings. */
    ICC_2_K(true),
    /** ICC(3,k): two-way mixed effects, consistency, the mean of k ratings. */
    ICC_3_K(true);

    private final boolean average;

    IccForm(boolean average) {
        this.average = average;
    }

    /** @return whether the form is the reliability of the mean of the k judges' ratings */
    public boolean isAverage() {
        return average;
    }

    /** @return the single-rating form of the same design */
    IccForm single() {
        return average ? values()[ordinal() - 3] : this;
    }

    /** @return the name as Shrout &amp; Fleiss write it, e.g. {@code ICC(2,k)} */
    @Override
    public String toString() {
        return "ICC(" + (ordinal() % 3 + 1) + "," + (average ? "k" : "1") + ")";
    }
}
