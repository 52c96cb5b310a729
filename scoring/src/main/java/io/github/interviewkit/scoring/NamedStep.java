package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** A step made by {@link ScoringStep#of}, {@link ScoringStep#prepared} or {@link ScoringStep#reporting}. */
final class NamedStep implements ScoringStep {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String name;
    private final BiFunction<Role, ScoringPolicy, Prepared> prepare;
    private final boolean reporting;

    NamedStep(String name, BiFunction<Role, ScoringPolicy, Prepared> prepare, boolean reporting) {
        this.name = requireSlug(name, "name", "must-have-gates");
        this.prepare = prepare;
        this.reporting = reporting;
    }

    /** Checks a name or id: lower-case letters and digits in words joined by single hyphens. */
    static String requireSlug(String value, String argument, String example) {
        Objects.requireNonNull(value, argument);
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(argument + " must be a slug such as " + example + ", was \"" + value + "\"");
        }
        return value;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Prepared prepare(Role role, ScoringPolicy policy) {
        Prepared prepared = prepare.apply(role, policy);
        if (prepared == null) {
            throw new ScoringException("step '" + name + "' prepared nothing for role '" + role.id() + "'");
        }
        return prepared;
    }

    @Override
    public boolean isReporting() {
        return reporting;
    }

    @Override
    public String toString() {
        return (reporting ? "reporting step " : "step ") + name;
    }
}
