package io.github.interviewkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.immutables.value.Value;

/** A common mistake candidates make, how severe it is, and the criteria it undermines. */
@Value.Immutable
public abstract class Pitfall {
    Pitfall() {}

    /** @return the id, a slug unique among the role's pitfalls */
    @NotNull
    @Pattern(regexp = Names.SLUG, message = Names.SLUG_MESSAGE)
    public abstract String id();

    /** @return the pitfall as the source states it, e.g. {@code Overcomplicating solutions unnecessarily} */
    @NotBlank
    public abstract String description();

    /** @return how much the pitfall weighs against a candidate */
    @NotNull
    public abstract Severity severity();

    /** @return ids of the evaluation criteria the pitfall undermines */
    public abstract List<@NotNull String> criteria();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Pitfall}; {@link #build()} validates it. */
    public static final class Builder extends ImmutablePitfall.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
