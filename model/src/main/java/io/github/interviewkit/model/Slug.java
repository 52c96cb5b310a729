package io.github.interviewkit.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The constraint on ids: a slug, lower-case ASCII letters and digits in words joined by single
 * hyphens, such as {@code backend-architect}. {@code null} is valid (pair it with
 * {@code @NotNull} where the id is required). The pattern is possessive, so that checking an id of
 * any length takes linear time and bounded stack.
 */
@Documented
@Retention(RUNTIME)
@Target({METHOD, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "[a-z0-9]++(?:-[a-z0-9]++)*+")
public @interface Slug {
    /** @return the message of a violation */
    String message() default "must be a slug: lower-case letters and digits joined by single hyphens";

    /** @return the validation groups; none */
    Class<?>[] groups() default {};

    /** @return the payload; none */
    Class<? extends Payload>[] payload() default {};
}
