package io.github.interviewkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

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
     * @throws ContentException if either is missing or blank
     */
    public static FrameworkReference of(String framework, String code) {
        return builder().framework(framework).code(code).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FrameworkReference}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableFrameworkReference.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
