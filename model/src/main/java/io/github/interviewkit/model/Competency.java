package io.github.interviewkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Something a person in the role must be able to do or be, such as API design or excellent communication. */
@Value.Immutable
public abstract class Competency {
    Competency() {}

    /** @return the id, a slug unique among the role's competencies, e.g. {@code api-design} */
    @NotNull
    @Pattern(regexp = Names.SLUG, message = Names.SLUG_MESSAGE)
    public abstract String id();

    /** @return the name as the source states it, e.g. {@code Cloud services} */
    @NotBlank
    public abstract String name();

    /** @return the kind: technical, interpersonal, or another kind the content defines */
    @NotNull
    public abstract CompetencyKind kind();

    /** @return a description, if the content gives one */
    public abstract Optional<@Pattern(regexp = Names.NOT_BLANK, message = Names.NOT_BLANK_MESSAGE) String> description();

    /** @return examples or keywords, in order, e.g. {@code AWS}, {@code Azure}, {@code Google Cloud} */
    public abstract List<@NotBlank String> examples();

    /** @return entries of external skills frameworks this competency corresponds to */
    public abstract List<@NotNull @Valid FrameworkReference> frameworkReferences();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Competency}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableCompetency.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
