package io.github.interviewkit.scoring;

import org.immutables.value.Value;

/**
 * The value types of this package whose implementations Immutables generates, in the style of the
 * model's value types (the settings are the same, so that scoring values behave as model values do). Immutables generates only the implementation: a package-private
 * {@code Immutable*} class (equals, hashCode, toString, immutable collections) and a package-private
 * builder that each type's hand-written public {@code Builder} fills. The hand-written builders
 * carry the javadoc, the argument checks, the defaults and the validation; the generated code checks
 * nothing ({@code validationMethod = NONE}) and is annotated with nothing a consumer's compiler would
 * have to resolve ({@code allowedClasspathAnnotations}). The public types carry no Immutables
 * annotation at all: the list below names them.
 */
@Value.Include({Hurdle.class, Panel.class, Scorecard.class, ScorecardSource.class, ScoringPolicy.class})
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        jdkOnly = true,
        builder = "new",
        typeInnerBuilder = "ImmutablesBuilderNotUsed",
        allowedClasspathAnnotations = Override.class,
        defaults = @Value.Immutable(copy = false))
final class Values {
    private Values() {}
}
