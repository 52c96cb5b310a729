package io.github.interviewkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a role's content comes from, and which parts are quoted from that source and which were
 * added by the content's authors, so that a reader can tell the source's words from ours.
 */
@Value.Immutable
public abstract class SourceAttribution {
    SourceAttribution() {}

    /** @return the source's title */
    @NotBlank
    public abstract String title();

    /** @return a citation or address of the source, if there is one */
    public abstract Optional<@Pattern(regexp = Names.NOT_BLANK, message = Names.NOT_BLANK_MESSAGE) String> reference();

    /** @return the parts of the content quoted verbatim from the source, e.g. {@code questions[*].text} */
    public abstract List<@NotBlank String> quoted();

    /** @return the parts of the content the authors added, e.g. {@code rubric.criteria[*].anchors} */
    public abstract List<@NotBlank String> authored();

    /** @return a note about the source or how it was used, if any */
    public abstract Optional<@Pattern(regexp = Names.NOT_BLANK, message = Names.NOT_BLANK_MESSAGE) String> note();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SourceAttribution}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableSourceAttribution.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
