package io.github.interviewkit.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The messages of findings for people, by locale: {@code Findings.properties} (English, the root)
 * and {@code Findings_de.properties} (German) beside this class, keyed by
 * {@linkplain FindingMessage#key message key}.
 *
 * <p>A message is a {@link MessageFormat} pattern whose placeholders are named after the finding's
 * parameters, {@code {criterion}}, and plurals are {@link java.text.ChoiceFormat}s on a count,
 * {@code {n,choice,0#{n} ratings|1#1 rating|1<{n} ratings}}: exact for the one/other plurals of
 * English and German whole counts, so ICU4J is not needed. The JDK's {@code MessageFormat} knows
 * only numbered arguments, so each named pattern is turned once into a numbered one, with two
 * arguments per name: the value as interviewkit shows it (decimals rounded down to four places,
 * the locale's decimal separator, no digit grouping) for {@code {name}}, and the raw value for a
 * format such as {@code {name,choice,...}}.
 *
 * <p>Beside the messages, each bundle holds the terms the messages show parameters with
 * ({@code term.*}): a rating level with its label, the word that joins the last item of a list,
 * and each outcome, severity, well-known stage and aggregation, keyed by its id
 * ({@code term.outcome.hire}); {@link #display} picks them by the parameter's
 * {@link FindingMessage.Kind}.
 *
 * <p>The bundles are read once, when the class loads, into immutable maps, and are resolved by the
 * language of the requested locale alone: any {@code de} locale gets German, every other locale
 * English. The JVM's default locale never takes part.
 */
final class FindingBundles {
    /** The locales a bundle ships for, the root (English) first. */
    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final Map<String, Message> ENGLISH = load("Findings.properties", Locale.ENGLISH);
    private static final Map<String, Message> GERMAN = load("Findings_de.properties", Locale.GERMAN);

    private FindingBundles() {}

    /** A message of a bundle, in its named and its numbered form. */
    static final class Message {
        final String key;
        final String named;
        /** The names of the placeholders in order of first use; name j is arguments 2j and 2j + 1. */
        final List<String> names;
        /** The names used with a format, {@code {name,choice,...}}: their values must be numbers. */
        private final Set<String> formatted;
        private final MessageFormat numbered;

        private Message(String key, String named, Locale locale) {
            this.key = key;
            this.named = named;
            List<String> found = new ArrayList<>();
            Set<String> withFormat = new HashSet<>();
            this.numbered = new MessageFormat(numbered(key, named, found, withFormat), locale);
            this.names = List.copyOf(found);
            this.formatted = Set.copyOf(withFormat);
        }

        /**
         * @return whether the parameters can fill this message: every name used with a format
         *     (every one a choice on a count) has a number, so {@link #format} cannot fail
         */
        boolean accepts(Map<String, Object> parameters) {
            for (String name : formatted) {
                if (!(parameters.get(name) instanceof Number)) {
                    return false;
                }
            }
            return true;
        }

        /** @return the names used with a format, sorted */
        List<String> formattedNames() {
            return formatted.stream().sorted().toList();
        }

        /** @return whether every placeholder names one of the given parameters */
        boolean usesOnly(Set<String> parameters) {
            return parameters.containsAll(names);
        }

        /** Formats the message showing every parameter as it is. */
        String format(Map<String, Object> parameters, Locale locale) {
            return format(parameters, locale, Map.of(), FindingNames.ids());
        }

        /** Formats the message showing each parameter as its kind and the names say; a parameter without a kind as it is. */
        String format(Map<String, Object> parameters, Locale locale, Map<String, FindingMessage.Kind> kinds,
                      FindingNames shown) {
            Object[] arguments = new Object[2 * names.size()];
            for (int j = 0; j < names.size(); j++) {
                Object value = parameters.get(names.get(j));
                arguments[2 * j] = display(kinds.getOrDefault(names.get(j), FindingMessage.Kind.PLAIN), value, locale,
                        shown);
                arguments[2 * j + 1] = value;
            }
            // A MessageFormat is not safe for concurrent use; its clone is this call's own.
            return ((MessageFormat) numbered.clone()).format(arguments);
        }
    }

    /**
     * Shows a parameter's value as its kind says: the name of a criterion, pitfall, competencies or
     * interviewers, a rating level with its label, a term of the bundle (outcome, severity, stage,
     * aggregation; an id without a term as it is), or the value as {@link Parameters#format} shows it.
     */
    static String display(FindingMessage.Kind kind, @Nullable Object value, Locale locale, FindingNames names) {
        switch (kind) {
            case CRITERION:
                return value instanceof String id ? names.criterion(id) : Parameters.format(value, locale);
            case PITFALL:
                return value instanceof String id ? names.pitfall(id) : Parameters.format(value, locale);
            case COMPETENCIES:
                return value instanceof List<?> ids ? list(ids, names::competency, locale)
                        : Parameters.format(value, locale);
            case INTERVIEWERS:
                return value instanceof List<?> ids ? list(ids, names::interviewer, locale)
                        : Parameters.format(value, locale);
            case LEVEL:
                if (value instanceof Integer level) {
                    Optional<String> label = names.levelLabel(level);
                    if (label.isPresent()) {
                        return term("term.level", locale).format(Map.of("level", level, "label", label.get()), locale);
                    }
                }
                return Parameters.format(value, locale);
            case PLAIN:
                return Parameters.format(value, locale);
            default:
                @Nullable Message term = value instanceof String id ? message(kind.terms + id, locale) : null;
                return term != null ? term.format(Map.of(), locale) : Parameters.format(value, locale);
        }
    }

    /** @return the items named and listed as the language lists them: "a", "a and b", "a, b and c" */
    private static String list(List<?> items, Function<String, String> name, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                text.append(i == items.size() - 1 ? " " + term("term.and", locale).named + " " : ", ");
            }
            text.append(name.apply(String.valueOf(items.get(i))));
        }
        return text.toString();
    }

    /** @return a term every bundle holds */
    private static Message term(String key, Locale locale) {
        @Nullable Message term = message(key, locale);
        if (term == null) {
            throw new IllegalStateException("Findings.properties has no term " + key);
        }
        return term;
    }

    /**
     * Returns the message of a key in a locale's bundle.
     *
     * @return the message, or {@code null} if the bundle has none for the key
     */
    static @Nullable Message message(String key, Locale locale) {
        @Nullable Message message = "de".equals(locale.getLanguage()) ? GERMAN.get(key) : null;
        return message != null ? message : ENGLISH.get(key);
    }

    /**
     * Returns a shipped bundle itself, without falling back to English, for the checks that keep
     * the bundles complete.
     *
     * @param locale one of {@link #LOCALES}
     * @return the messages by key
     */
    static Map<String, Message> shipped(Locale locale) {
        if (locale.equals(Locale.ENGLISH)) {
            return ENGLISH;
        }
        if (locale.equals(Locale.GERMAN)) {
            return GERMAN;
        }
        throw new IllegalArgumentException("no bundle ships for the locale " + locale + "; bundles: " + LOCALES);
    }

    /** @return the message of a key in the English bundle, which every built-in finding has */
    static Message english(String key) {
        @Nullable Message message = ENGLISH.get(key);
        if (message == null) {
            throw new IllegalStateException("Findings.properties has no message for the finding " + key);
        }
        return message;
    }

    /**
     * Turns {@code {name}} into {@code {2j}} and {@code {name,format}} into {@code {2j+1,format}},
     * at any depth (a choice's texts are patterns too), outside quoted text.
     */
    static String numbered(String key, String named, List<String> names) {
        return numbered(key, named, names, new HashSet<>());
    }

    /** As {@link #numbered(String, String, List)}, also collecting the names used with a format. */
    static String numbered(String key, String named, List<String> names, Set<String> formatted) {
        StringBuilder out = new StringBuilder(named.length());
        boolean quoted = false;
        int i = 0;
        while (i < named.length()) {
            char c = named.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '{' && !quoted) {
                int end = i + 1;
                while (end < named.length() && (Character.isLetterOrDigit(named.charAt(end)) || named.charAt(end) == '-')) {
                    end++;
                }
                if (end == i + 1 || !Character.isLetter(named.charAt(i + 1)) || end == named.length()
                        || (named.charAt(end) != '}' && named.charAt(end) != ',')) {
                    throw new IllegalStateException("message " + key + " has a placeholder without a parameter name at "
                            + i + ": " + named);
                }
                String name = named.substring(i + 1, end);
                int index = names.indexOf(name);
                if (index < 0) {
                    index = names.size();
                    names.add(name);
                }
                if (named.charAt(end) == ',') {
                    formatted.add(name);
                }
                out.append('{').append(named.charAt(end) == '}' ? 2 * index : 2 * index + 1);
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static Map<String, Message> load(String resource, Locale locale) {
        Properties properties = new Properties();
        try (InputStream in = FindingBundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundle " + resource + " is missing beside "
                        + FindingBundles.class.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle " + resource, e);
        }
        Map<String, Message> messages = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            messages.put(key, new Message(key, properties.getProperty(key), locale));
        }
        return Map.copyOf(messages);
    }
}
