package io.github.interviewkit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of interviewkit's value types, put on each value package's
 * {@code package-info.java}: the abstract type is the API and the generated {@code Immutable*}
 * class stays package-private, reached through {@code Type.builder()}. Nulls and missing
 * attributes are not rejected by the generated code one at a time: each type's
 * {@code @Value.Check} reports them together with every other problem. An optional attribute's
 * setter takes {@code null} as "absent".
 *
 * <p>Not API: exported only to interviewkit's own modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        optionalAcceptNullable = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
