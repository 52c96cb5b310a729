package io.github.interviewkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A pointer from a {@link Competency} to an entry of an external skills framework, such as an ESCO
 * skill or an O*NET element, so that a host product can map the kit to its own taxonomy.
 */
@Value.Immutable
public abstract class FrameworkReference {
    FrameworkReference() {}

    /** @return the framework's name, e.g. {@code ESCO} or {@code O*NET} */
    @NotBlank
    public abstract String framework();

    /** @return the entry's code or URI in that framework */
    @NotBlank
    public abstract String code();

    /** @return the entry's label in that framework, if given */
    public abstract Optional<@Pattern(regexp = Names.NOT_BLANK, message = Names.NOT_BLANK_MESSAGE) String> label();

    /**
     * Returns a reference without a label.
     *
     * @param framework the framework's name
     * @param code the entry's code or URI
     * @return the reference
     * @throws NullPointerException if an argument is {@code null}
     * @throws ContentException if either is blank
     */
    public static FrameworkReference of(String framework, String code) {
        return builder().framework(framework).code(code).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link FrameworkReference}; the framework and the code are required, the label is
     * optional.
     */
    public static final class Builder {
        private @Nullable String framework;
        private @Nullable String code;
        private Optional<String> label = Optional.empty();

        Builder() {}

        /**
         * Copies every attribute of a reference.
         *
         * @param reference the reference to start from
         * @return this builder
         * @throws NullPointerException if {@code reference} is {@code null}
         */
        public Builder from(FrameworkReference reference) {
            Objects.requireNonNull(reference, "reference");
            return framework(reference.framework()).code(reference.code()).label(reference.label());
        }

        /**
         * Sets the framework's name.
         *
         * @param framework e.g. {@code ESCO}
         * @return this builder
         * @throws NullPointerException if {@code framework} is {@code null}
         */
        public Builder framework(String framework) {
            this.framework = Objects.requireNonNull(framework, "framework");
            return this;
        }

        /**
         * Sets the entry's code or URI in the framework.
         *
         * @param code the code
         * @return this builder
         * @throws NullPointerException if {@code code} is {@code null}
         */
        public Builder code(String code) {
            this.code = Objects.requireNonNull(code, "code");
            return this;
        }

        /**
         * Sets the entry's label in the framework.
         *
         * @param label the label
         * @return this builder
         * @throws NullPointerException if {@code label} is {@code null}
         */
        public Builder label(String label) {
            this.label = Optional.of(Objects.requireNonNull(label, "label"));
            return this;
        }

        /**
         * Sets or clears the entry's label in the framework.
         *
         * @param label the label, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code label} is {@code null}
         */
        public Builder label(Optional<String> label) {
            this.label = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Builds the reference.
         *
         * @return the reference
         * @throws ContentException listing every problem
         */
        public FrameworkReference build() {
            return Tree.root(this::tree, "FrameworkReference");
        }

        /**
         * Builds the reference, or reports every problem.
         *
         * @param problems where the problems go, with paths relative to the reference
         * @return the reference, or empty when it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<FrameworkReference> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        FrameworkReference tree(ViolationSink out, boolean check) {
            FrameworkReference reference = new ImmutableFrameworkReference.Builder()
                    .framework(framework).code(code).label(label).build();
            if (check) {
                ModelRules.frameworkReference(reference, out);
            }
            return reference;
        }
    }
}
