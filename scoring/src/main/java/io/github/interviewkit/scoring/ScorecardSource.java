package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Scorecard} came from: the system it was entered in (an applicant tracking system
 * such as {@code greenhouse}) and that system's ids of the scorecard, the application and the
 * interview. The ids are kept as the system gives them, so that a stored decision can be traced
 * back to its source.
 *
 * <p>{@link Builder#build()} checks that the system is given and that no id is blank, and throws
 * one {@link ScoringInputException} listing every problem.
 */
public abstract class ScorecardSource {
    ScorecardSource() {}

    /** @return the name of the source system, e.g. {@code greenhouse}; not blank */
    public abstract String system();

    /** @return the source system's id of the scorecard, if known; not blank */
    public abstract Optional<String> scorecardId();

    /** @return the source system's id of the candidate's application, if known; not blank */
    public abstract Optional<String> applicationId();

    /** @return the source system's id of the interview, if known; not blank */
    public abstract Optional<String> interviewId();

    /**
     * Returns a source that names only its system.
     *
     * @param system the name of the source system, e.g. {@code greenhouse}
     * @return the source
     * @throws NullPointerException if {@code system} is {@code null}
     * @throws ScoringInputException if {@code system} is blank
     */
    public static ScorecardSource of(String system) {
        return builder().system(system).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScorecardSource}; the system is required, the ids are optional. */
    public static final class Builder {
        private @Nullable String system;
        private Optional<String> scorecardId = Optional.empty();
        private Optional<String> applicationId = Optional.empty();
        private Optional<String> interviewId = Optional.empty();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(ScorecardSource value) {
            Objects.requireNonNull(value, "value");
            return system(value.system())
                    .scorecardId(value.scorecardId())
                    .applicationId(value.applicationId())
                    .interviewId(value.interviewId());
        }

        /**
         * Sets the name of the source system.
         *
         * @param system the value, e.g. {@code greenhouse}
         * @return this builder
         * @throws NullPointerException if {@code system} is {@code null}
         */
        public Builder system(String system) {
            this.system = Objects.requireNonNull(system, "system");
            return this;
        }

        /**
         * Sets the source system's id of the scorecard.
         *
         * @param scorecardId the value
         * @return this builder
         * @throws NullPointerException if {@code scorecardId} is {@code null}
         */
        public Builder scorecardId(String scorecardId) {
            this.scorecardId = Optional.of(Objects.requireNonNull(scorecardId, "scorecardId"));
            return this;
        }

        /**
         * Sets or clears the source system's id of the scorecard.
         *
         * @param scorecardId the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code scorecardId} is {@code null}
         */
        public Builder scorecardId(Optional<String> scorecardId) {
            this.scorecardId = Objects.requireNonNull(scorecardId, "scorecardId");
            return this;
        }

        /**
         * Sets the source system's id of the candidate's application.
         *
         * @param applicationId the value
         * @return this builder
         * @throws NullPointerException if {@code applicationId} is {@code null}
         */
        public Builder applicationId(String applicationId) {
            this.applicationId = Optional.of(Objects.requireNonNull(applicationId, "applicationId"));
            return this;
        }

        /**
         * Sets or clears the source system's id of the candidate's application.
         *
         * @param applicationId the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code applicationId} is {@code null}
         */
        public Builder applicationId(Optional<String> applicationId) {
            this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
            return this;
        }

        /**
         * Sets the source system's id of the interview.
         *
         * @param interviewId the value
         * @return this builder
         * @throws NullPointerException if {@code interviewId} is {@code null}
         */
        public Builder interviewId(String interviewId) {
            this.interviewId = Optional.of(Objects.requireNonNull(interviewId, "interviewId"));
            return this;
        }

        /**
         * Sets or clears the source system's id of the interview.
         *
         * @param interviewId the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code interviewId} is {@code null}
         */
        public Builder interviewId(Optional<String> interviewId) {
            this.interviewId = Objects.requireNonNull(interviewId, "interviewId");
            return this;
        }

        /**
         * Builds the value and checks it.
         *
         * @return the value
         * @throws ScoringInputException listing every problem of the value
         */
        public ScorecardSource build() {
            return Violations.build("ScorecardSource", ScoringInputException::new, this::tree);
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<ScorecardSource> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        @Nullable ScorecardSource tree(ViolationSink out) {
            ScorecardSource source = new ImmutableScorecardSource.Builder()
                    .system(system)
                    .scorecardId(scorecardId)
                    .applicationId(applicationId)
                    .interviewId(interviewId)
                    .build();
            InputRules.source(source, out);
            return source;
        }
    }
}
