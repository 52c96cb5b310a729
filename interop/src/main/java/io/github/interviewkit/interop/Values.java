package io.github.interviewkit.interop;

import org.immutables.value.Value;

/**
 * The value types of this package whose implementations Immutables generates, in the style of the
 * model's and scoring's value types: package-private {@code Immutable*} classes that check nothing;
 * the hand-written builders carry the javadoc, the argument checks and the validation.
 */
@Value.Include({ImportMapping.class})
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
