package io.github.interviewkit.model;

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

    /** Builds an {@link ExperienceRequirement}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableExperienceRequirement.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
