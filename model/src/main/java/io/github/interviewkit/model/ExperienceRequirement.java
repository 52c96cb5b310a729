package io.github.interviewkit.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The experience a role asks for: a minimum of years in a field and, optionally, a minimum of years
 * in a specific kind of role within them. "8+ years in backend development with 3+ years in an
 * architectural role" is 8 years in {@code backend development} with 3 years in
 * {@code an architectural role}.
 */
@Value.Immutable
public abstract class ExperienceRequirement {
    ExperienceRequirement() {}

    /** @return the minimum total years of experience in the {@link #field()} */
    @PositiveOrZero
    public abstract int minimumYears();

    /** @return the field the years count in, e.g. {@code backend development} */
    @NotBlank
    public abstract String field();

    /** @return the minimum years in the specific kind of role, at most {@link #minimumYears()} */
    @PositiveOrZero
    public abstract OptionalInt minimumRoleYears();

    /** @return the kind of role those years are in; present exactly when {@link #minimumRoleYears()} is */
    public abstract Optional<@Pattern(regexp = Names.NOT_BLANK, message = Names.NOT_BLANK_MESSAGE) String> roleDescription();

    /** @return the requirement in the source's own words, if it has them */
    public abstract Optional<@Pattern(regexp = Names.NOT_BLANK, message = Names.NOT_BLANK_MESSAGE) String> statement();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link ExperienceRequirement}; the minimum years and the field are required, and the role years
     * and role description go together.
     */
    public static final class Builder {
        private @Nullable Integer minimumYears;
        private @Nullable String field;
        private OptionalInt minimumRoleYears = OptionalInt.empty();
        private Optional<String> roleDescription = Optional.empty();
        private Optional<String> statement = Optional.empty();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(ExperienceRequirement value) {
            Objects.requireNonNull(value, "value");
            return minimumYears(value.minimumYears())
                    .field(value.field())
                    .minimumRoleYears(value.minimumRoleYears())
                    .roleDescription(value.roleDescription())
                    .statement(value.statement());
        }

        /**
         * Sets the minimum total years of experience in the field.
         *
         * @param minimumYears the value
         * @return this builder
         */
        public Builder minimumYears(int minimumYears) {
            this.minimumYears = minimumYears;
            return this;
        }

        /**
         * Sets the field the years count in.
         *
         * @param field the value
         * @return this builder
         * @throws NullPointerException if {@code field} is {@code null}
         */
        public Builder field(String field) {
            this.field = Objects.requireNonNull(field, "field");
            return this;
        }

        /**
         * Sets the minimum years in the specific kind of role.
         *
         * @param minimumRoleYears the value
         * @return this builder
         */
        public Builder minimumRoleYears(int minimumRoleYears) {
            this.minimumRoleYears = OptionalInt.of(minimumRoleYears);
            return this;
        }

        /**
         * Sets or clears the minimum years in the specific kind of role.
         *
         * @param minimumRoleYears the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code minimumRoleYears} is {@code null}
         */
        public Builder minimumRoleYears(OptionalInt minimumRoleYears) {
            this.minimumRoleYears = Objects.requireNonNull(minimumRoleYears, "minimumRoleYears");
            return this;
        }

        /**
         * Sets the kind of role those years are in.
         *
         * @param roleDescription the value
         * @return this builder
         * @throws NullPointerException if {@code roleDescription} is {@code null}
         */
        public Builder roleDescription(String roleDescription) {
            this.roleDescription = Optional.of(Objects.requireNonNull(roleDescription, "roleDescription"));
            return this;
        }

        /**
         * Sets or clears the kind of role those years are in.
         *
         * @param roleDescription the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code roleDescription} is {@code null}
         */
        public Builder roleDescription(Optional<String> roleDescription) {
            this.roleDescription = Objects.requireNonNull(roleDescription, "roleDescription");
            return this;
        }

        /**
         * Sets the requirement in the source's own words.
         *
         * @param statement the value
         * @return this builder
         * @throws NullPointerException if {@code statement} is {@code null}
         */
        public Builder statement(String statement) {
            this.statement = Optional.of(Objects.requireNonNull(statement, "statement"));
            return this;
        }

        /**
         * Sets or clears the requirement in the source's own words.
         *
         * @param statement the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code statement} is {@code null}
         */
        public Builder statement(Optional<String> statement) {
            this.statement = Objects.requireNonNull(statement, "statement");
            return this;
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ContentException listing every problem of the value and of the parts built with it
         */
        public ExperienceRequirement build() {
            return Tree.root(this::tree, "ExperienceRequirement");
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<ExperienceRequirement> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        @Nullable ExperienceRequirement tree(ViolationSink out, boolean check) {
            if (check && minimumYears == null) {
                // No rule may run on a made-up number: the value is incomplete.
                out.add("minimumYears", null, "is required");
                return null;
            }
            Tree.Incomplete incomplete = new Tree.Incomplete();
            ExperienceRequirement experienceRequirement = new ImmutableExperienceRequirement.Builder()
                    .minimumYears(minimumYears == null ? 0 : minimumYears)
                    .field(field)
                    .minimumRoleYears(minimumRoleYears)
                    .roleDescription(roleDescription)
                    .statement(statement)
                    .build();
            if (check) {
                ModelRules.experience(experienceRequirement, incomplete.filter(out));
            }
            return experienceRequirement;
        }
    }
}
