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
 * The constraint on optional text: when present, it has at least one character that is not white
 * space. Unlike {@code @NotBlank}, an absent value ({@code null}, or an empty {@code Optional}) is
 * valid.
 */
@Documented
@Retention(RUNTIME)
@Target({METHOD, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "(?s).*\\S.*")
public @interface NotBlankIfPresent {
    /** @return the message of a violation */
    String message() default "must not be blank";

    /** @return the validation groups; none */
    Class<?>[] groups() default {};

    /** @return the payload; none */
    Class<? extends Payload>[] payload() default {};
}
