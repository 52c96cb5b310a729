package io.github.interviewkit.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a {@link Report}'s explanation: a step of the rules that decided
 * ({@link Report#trace()}) or something flagged for a reader's attention ({@link Report#flags()}).
 * It has a machine-readable {@link #code()} with its {@link #parameters()}, and a human-readable
 * {@link #text(Locale) text}.
 *
 * <p>The findings of the built-in steps take their texts from the library's message bundles,
 * keyed by code, in English and German, with plurals ("1 rating", "2 ratings"), and name the
 * role's content as {@link FindingNames} name it ({@link #text(Locale, FindingNames)}). A finding made
 * with {@link #of} keeps its own template, in which {@code {name}} stands for the parameter
 * {@code name}, for every locale; only if the bundles hold a message for its code that uses
 * nothing but parameters the finding carries (a custom strategy reporting a built-in finding
 * such as {@code must-have-failed}) does it take that message, and so its translations.
 *
 * <p>Numbers are shown with at most four decimals, rounded down, so that a figure shown below a
 * threshold is below it and one shown reaching it reaches it, with the locale's decimal separator
 * and no digit grouping; the parameters keep the full value.
 *
 * <p>Two findings are equal when their codes, parameters and templates are equal.
 */
public final class Finding {
    private final String code;
    private final String template;
    private final Map<String, Object> parameters;
    /** The key of a built-in finding's message in the bundles; {@code null} for a finding made with {@link #of}. */
    private final @Nullable String messageKey;

    private Finding(String code, String template, Map<String, Object> parameters, @Nullable String messageKey) {
        this.code = code;
        this.template = template;
        this.parameters = parameters;
        this.messageKey = messageKey;
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
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringException if the code or template is blank, or a parameter is missing a name or
     *     has another kind of value
     */
    public static Finding of(String code, String template, Map<String, ?> parameters) {
        requireText("code", code);
        requireText("template", template);
        Objects.requireNonNull(parameters, "parameters");
        return new Finding(code, template, Parameters.copyOf("Finding '" + code + "'", parameters), null);
    }

    /** Returns the finding of a built-in step, whose template is its message in the English bundle. */
    static Finding builtIn(FindingMessage message, Map<String, Object> parameters) {
        return new Finding(message.code, FindingBundles.english(message.key).named, parameters, message.key);
    }

    /** A text argument: {@code null} is a {@link NullPointerException} naming it, blank is a {@link ScoringException}. */
    static void requireText(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new ScoringException(name + " must not be blank, was \"" + value + "\"");
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

    /** @return the template: a built-in finding's English message, or the template given to {@link #of} */
    String template() {
        return template;
    }

    /** Returns the finding of a built-in message key read back from a report document, or {@code null} if no message has that key. */
    static @Nullable Finding builtIn(String code, String key, Map<String, Object> parameters) {
        for (FindingMessage message : FindingMessage.values()) {
            if (message.key.equals(key) && message.code.equals(code)) {
                Map<String, Object> copy = Parameters.copyOf("Finding '" + code + "'", parameters);
                for (Locale locale : FindingBundles.LOCALES) {
                    FindingBundles.@Nullable Message text = FindingBundles.message(key, locale);
                    if (text != null && !text.accepts(copy)) {
                        throw new ScoringException("the parameters " + text.formattedNames() + " of the built-in"
                                + " message " + key + " must be numbers");
                    }
                }
                return builtIn(message, copy);
            }
        }
        return null;
    }

    /** @return the key of a built-in finding's message in the bundles, or {@code null} for one made with {@link #of} */
    @Nullable String messageKey() {
        return messageKey;
    }

    /** @return the finding for people in English, naming everything by its id: {@link #text(Locale) text(Locale.ENGLISH)} */
    public String text() {
        return text(Locale.ENGLISH);
    }

    /**
     * Returns the finding for people in a language, naming criteria, pitfalls, competencies and
     * interviewers by their ids: {@link #text(Locale, FindingNames) text(locale, FindingNames.ids())}.
     *
     * @param locale the reader's locale, e.g. {@link Locale#GERMANY}
     * @return the message with its parameters filled in
     * @throws NullPointerException if {@code locale} is {@code null}
     */
    public String text(Locale locale) {
        return text(locale, FindingNames.ids());
    }

    /**
     * Returns the finding for people in a language, naming what it is about as the names do. The
     * library's bundles hold English and German; any locale of the German language gets German,
     * every other locale English. The JVM's default locale plays no part.
     *
     * <p>A built-in finding shows each parameter as people read it: a criterion, pitfall or
     * competency by the names (with {@link FindingNames#of(io.github.interviewkit.model.Role)}, by
     * its description or name in the role), interviewers by the names and listed as the language
     * lists them ("alice, bob and chen"), a rating level with its label ("3 (Yes)"), and an
     * outcome, a severity, a well-known stage or an aggregation in the reader's language; every
     * count chooses its plural. A finding made with {@link #of} shows its parameters as they are.
     *
     * @param locale the reader's locale, e.g. {@link Locale#GERMANY}
     * @param names how to name the role's content and the interviewers
     * @return the message with its parameters filled in
     * @throws NullPointerException if an argument is {@code null}
     */
    public String text(Locale locale, FindingNames names) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(names, "names");
        String key = messageKey != null ? messageKey : code;
        FindingBundles.@Nullable Message message = FindingBundles.message(key, locale);
        if (message != null && (messageKey != null || message.usesOnly(parameters.keySet()))
                && message.accepts(parameters)) {
            return message.format(parameters, locale, FindingMessage.kinds(key), names);
        }
        return Parameters.render(template, parameters, locale);
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
