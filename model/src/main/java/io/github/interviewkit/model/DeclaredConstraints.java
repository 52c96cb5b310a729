package io.github.interviewkit.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the Bean Validation constraints declared on the model's accessors ({@code @NotNull},
 * {@code @NotBlank}, {@code @Slug}, {@code @Positive}, …), one method per type, written out: each
 * checks one value's own accessors, nothing cascades (a part was checked when it was built).
 *
 * <p>The annotations stay on the accessors as the declared contract: a product that validates the
 * model with its own Bean Validation provider gets the same answers. These checks give them
 * without one, because starting Hibernate Validator and having it read the constraints of a role's
 * types takes a few hundred milliseconds of processor time in every process that reads content, most
 * of a command line's start-up. {@code DeclaredConstraintsTest} checks every method against
 * Hibernate Validator on generated values, violation for violation: path, value and message, with
 * the validator's own semantics ({@code @NotBlank} is {@link String#isBlank()},
 * {@link NotBlankIfPresent} looks for a character outside {@code [ \t\n\x0B\f\r]}). A {@code null}
 * where a constraint requires a value is reported as "is required".
 */
final class DeclaredConstraints {
    private DeclaredConstraints() {}

    /** {@code contentVersion}'s {@code @Pattern}: {@code major.minor.patch}, with an optional pre-release. */
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");

    static void check(RatingLevel level, ViolationSink out) {
        if (level.value() < -1_000_000) {
            out.add("value", level.value(), "must be greater than or equal to -1000000");
        }
        if (level.value() > 1_000_000) {
            out.add("value", level.value(), "must be less than or equal to 1000000");
        }
        notBlank(level.label(), "label", out);
        notBlank(level.meaning(), "meaning", out);
    }

    static void check(FrameworkReference reference, ViolationSink out) {
        notBlank(reference.framework(), "framework", out);
        notBlank(reference.code(), "code", out);
        notBlankIfPresent(reference.label(), "label", out);
    }

    static void check(SourceAttribution source, ViolationSink out) {
        notBlank(source.title(), "title", out);
        notBlankIfPresent(source.reference(), "reference", out);
        notBlankIfPresent(source.note(), "note", out);
    }

    static void check(Competency competency, ViolationSink out) {
        slug(competency.id(), "id", out);
        notBlank(competency.name(), "name", out);
        required(competency.kind(), "kind", out);
        notBlankIfPresent(competency.description(), "description", out);
    }

    static void check(Question question, ViolationSink out) {
        slug(question.id(), "id", out);
        notBlank(question.text(), "text", out);
        required(question.category(), "category", out);
        notBlankIfPresent(question.strongAnswer(), "strongAnswer", out);
        OptionalInt minutes = question.estimatedMinutes();
        if (minutes != null && minutes.isPresent() && minutes.getAsInt() <= 0) {
            out.add("estimatedMinutes", minutes.getAsInt(), "must be greater than 0");
        }
    }

    static void check(Pitfall pitfall, ViolationSink out) {
        slug(pitfall.id(), "id", out);
        notBlank(pitfall.description(), "description", out);
        required(pitfall.severity(), "severity", out);
    }

    static void check(EvaluationCriterion criterion, ViolationSink out) {
        slug(criterion.id(), "id", out);
        notBlank(criterion.description(), "description", out);
        positive(criterion.weight(), "weight", out);
        Map<Integer, String> anchors = criterion.anchors();
        if (anchors != null) {
            for (Map.Entry<Integer, String> anchor : anchors.entrySet()) {
                String at = "anchors[" + anchor.getKey() + "]";
                required(anchor.getKey(), at, out);
                notBlank(anchor.getValue(), at, out);
            }
        }
    }

    static void check(ExperienceRequirement experience, ViolationSink out) {
        if (experience.minimumYears() < 0) {
            out.add("minimumYears", experience.minimumYears(), "must be greater than or equal to 0");
        }
        notBlank(experience.field(), "field", out);
        OptionalInt roleYears = experience.minimumRoleYears();
        if (roleYears != null && roleYears.isPresent() && roleYears.getAsInt() < 0) {
            out.add("minimumRoleYears", roleYears.getAsInt(), "must be greater than or equal to 0");
        }
        notBlankIfPresent(experience.roleDescription(), "roleDescription", out);
        notBlankIfPresent(experience.statement(), "statement", out);
    }

    static void check(SalaryBand band, ViolationSink out) {
        positive(band.minimum(), "minimum", out);
        positive(band.maximum(), "maximum", out);
        required(band.currency(), "currency", out);
        required(band.period(), "period", out);
        notBlankIfPresent(band.region(), "region", out);
    }

    static void check(Rubric rubric, ViolationSink out) {
        required(rubric.scale(), "scale", out);
    }

    static void check(Role role, ViolationSink out) {
        slug(role.id(), "id", out);
        notBlank(role.title(), "title", out);
        notBlank(role.summary(), "summary", out);
        required(role.experience(), "experience", out);
        required(role.rubric(), "rubric", out);
        String version = role.contentVersion();
        if (version == null) {
            missing("contentVersion", out);
        } else if (!VERSION.matcher(version).matches()) {
            out.add("contentVersion", version, "must be a version such as 1.0.0");
        }
        required(role.language(), "language", out);
        required(role.source(), "source", out);
    }

    /** {@code @NotNull}. */
    private static void required(@Nullable Object value, String name, ViolationSink out) {
        if (value == null) {
            missing(name, out);
        }
    }

    /** A {@code null} that a constraint rejects. */
    private static void missing(String name, ViolationSink out) {
        out.add(name, null, "is required");
    }

    /** {@code @NotBlank}: Hibernate Validator's blank is {@link String#isBlank()}'s. */
    private static void notBlank(@Nullable String text, String name, ViolationSink out) {
        if (text == null) {
            missing(name, out);
        } else if (text.isBlank()) {
            out.add(name, text, "must not be blank");
        }
    }

    /** {@link NotBlankIfPresent}: its pattern {@code (?s).*\S.*}, a character outside {@code [ \t\n\x0B\f\r]}. */
    private static void notBlankIfPresent(@Nullable Optional<String> text, String name, ViolationSink out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String value = text.get();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return;
            }
        }
        out.add(name, value, "must not be blank");
    }

    /** {@code @NotNull @Slug}: lower-case ASCII letters and digits joined by single hyphens. */
    private static void slug(@Nullable String id, String name, ViolationSink out) {
        if (id == null) {
            missing(name, out);
        } else if (!isSlug(id)) {
            out.add(name, id, "must be a slug: lower-case letters and digits joined by single hyphens");
        }
    }

    private static boolean isSlug(String id) {
        boolean afterHyphen = true; // a slug neither starts nor ends with a hyphen, nor doubles one
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /** {@code @NotNull @Positive}. */
    private static void positive(@Nullable BigDecimal amount, String name, ViolationSink out) {
        if (amount == null) {
            missing(name, out);
        } else if (amount.signum() <= 0) {
            out.add(name, amount, "must be greater than 0");
        }
    }
}
