package io.github.interviewkit.scoring;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
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

    /**
     * Builds a {@link Hurdle}; the stage and the cut-off are required.
     */
    public static final class Builder {
        private @Nullable QuestionCategory stage;
        private @Nullable BigDecimal cutOff;

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(Hurdle value) {
            Objects.requireNonNull(value, "value");
            return stage(value.stage())
                    .cutOff(value.cutOff());
        }

        /**
         * Sets the interview stage.
         *
         * @param stage the value
         * @return this builder
         * @throws NullPointerException if {@code stage} is {@code null}
         */
        public Builder stage(QuestionCategory stage) {
            this.stage = Objects.requireNonNull(stage, "stage");
            return this;
        }

        /**
         * Sets the lowest passing composite of the stage's scorecards, in [0, 1].
         *
         * @param cutOff the value
         * @return this builder
         * @throws NullPointerException if {@code cutOff} is {@code null}
         */
        public Builder cutOff(BigDecimal cutOff) {
            this.cutOff = Objects.requireNonNull(cutOff, "cutOff");
            return this;
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ScoringInputException listing every problem of the value and of the parts built with it
         */
        public Hurdle build() {
            return Violations.build("Hurdle", ScoringInputException::new, this::tree);
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Hurdle> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        @Nullable Hurdle tree(ViolationSink out) {

            Hurdle hurdle = new ImmutableHurdle.Builder()
                    .stage(stage)
                    .cutOff(cutOff)
                    .build();
            PolicyRules.hurdle(hurdle, out);
            return hurdle;
        }
    }
}
