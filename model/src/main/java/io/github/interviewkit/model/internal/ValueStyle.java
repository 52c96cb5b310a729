package io.github.interviewkit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of interviewkit's value types, put on each value package's
 * {@code package-info.java}. Immutables generates only the implementation: a package-private
 * {@code Immutable*} class (equals, hashCode, toString, immutable collections) and a package-private
 * builder the hand-written public {@code Builder} of each type delegates to. The hand-written
 * builders carry the javadoc, the argument checks and the validation; the generated code checks
 * nothing ({@code validationMethod = NONE}) and is annotated with nothing that a consumer's compiler
 * would have to resolve ({@code allowedClasspathAnnotations}).
 *
 * <p>Not API: exported only to interviewkit's own modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        jdkOnly = true,
        builder = "new",
        typeInnerBuilder = "ImmutablesBuilderNotUsed",
        allowedClasspathAnnotations = Override.class,
        defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
