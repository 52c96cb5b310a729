package io.github.interviewkit.analytics;

/**
 * One intraclass correlation with its confidence interval (Shrout &amp; Fleiss 1979, F-distribution
 * based). Each part is a {@link Coefficient}: a bound can be undefined while the estimate is not,
 * for example when the error mean square is zero.
 */
public final class IccEstimate implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final IccForm form;
    private final Coefficient estimate;
    private final Coefficient lower;
    private final Coefficient upper;

    IccEstimate(IccForm form, Coefficient estimate, Coefficient lower, Coefficient upper) {
        this.form = form;
        this.estimate = estimate;
        this.lower = lower;
        this.upper = upper;
    }

    /** @return which of the six forms this is */
    public IccForm form() {
        return form;
    }

    /** @return the point estimate, at most 1 */
    public Coefficient estimate() {
        return estimate;
    }

    /** @return the lower bound of the confidence interval */
    public Coefficient lower() {
        return lower;
    }

    /** @return the upper bound of the confidence interval */
    public Coefficient upper() {
        return upper;
    }

    /** @return e.g. {@code ICC(2,1)=0.290 [0.019, 0.761]} */
    @Override
    public String toString() {
        return form + "=" + estimate + " [" + lower + ", " + upper + "]";
    }
}
