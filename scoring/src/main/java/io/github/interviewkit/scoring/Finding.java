package io.github.interviewkit.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a {@link Report}'s explanation: a step of the rules that decided
 * ({@link Report#trace()}) or something flagged for a reader's attention ({@link Report#flags()}).
 * It has a machine-readable {@link #code()} with its {@link #parameters()}, and a human-readable
 * {@link #text()} rendered from a template in which {@code {name}} stands for the parameter
 * {@code name}.
 *
 * <p>Two findings are equal when their codes, parameters and templates are equal.
 */
public final class Finding {
    private final String code;
    private final String template;
    private final Map<String, Object> parameters;

    private Finding(String code, String template, Map<String, Object> parameters) {
        this.code = code;
        this.template = template;
        this.parameters = parameters;
    }

    /**
     * Returns a finding.
     *
     * @param code what was found or done, e.g. {@code must-have-failed}; not blank
     * @param template the text for people, with {@code {name}} for each parameter to show, e.g.
     *     {@code "{criterion} is below its minimum {minimum}"}
     * @param parameters the parameters in order; values are Strings, Booleans, Integers,
     *     Longs, Doubles, BigDecimals or Lists of Strings
     * @return the finding
     * @throws ScoringException if the code or template is missing or blank, or a parameter is
     *     missing a name or has another kind of value
     */
    public static Finding of(String code, String template, Map<String, ?> parameters) {
        requireText("code", code);
        requireText("template", template);
        return new Finding(code, template, Parameters.copyOf("Finding '" + code + "'", parameters));
    }

    static Finding trusted(String code, String template, Map<String, Object> parameters) {
        return new Finding(code, template, parameters);
    }

    static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ScoringException(name + " must not be blank, was " + (value == null ? "null" : "\"" + value + "\""));
        }
    }

    /** @return what was found or done, e.g. {@code must-have-failed} or {@code criterion-disagreement} */
    public String code() {
        return code;
    }

    /** @return the parameters, in order */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** @return the finding for people: the template with its parameters filled in */
    public String text() {
        return Parameters.render(template, parameters);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding finding && code.equals(finding.code) && template.equals(finding.template)
                && parameters.equals(finding.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, template, parameters);
    }

    /** @return {@code code: text} */
    @Override
    public String toString() {
        return code + ": " + text();
    }
}
