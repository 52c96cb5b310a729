package io.github.interviewkit.scoring;

import io.github.interviewkit.model.QuestionCategory;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One stage of the multiple-hurdle strategy: the scorecards of {@link #stage()} must reach a
 * composite of at least {@link #cutOff()} (on the 0..1 composite range, decided exactly) before
 * the next stage counts.
 */
@Value.Immutable
public abstract class Hurdle {
    Hurdle() {}

    /** @return the interview stage, e.g. {@link QuestionCategory#SCREENING} */
    public abstract QuestionCategory stage();

    /** @return the lowest passing composite of the stage's scorecards, in [0, 1] */
    public abstract BigDecimal cutOff();

    /**
     * Returns a hurdle.
     *
     * @param stage the stage
     * @param cutOff the lowest passing composite, e.g. {@code new BigDecimal("0.5")}
     * @return the hurdle
     * @throws ScoringInputException if the stage is missing or the cut-off is missing or outside [0, 1]
     */
    public static Hurdle of(QuestionCategory stage, BigDecimal cutOff) {
        return builder().stage(stage).cutOff(cutOff).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Hurdle}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableHurdle.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        InputRules.requireValid("Hurdle", out -> PolicyRules.hurdle(this, "", out));
    }
}
