package io.github.interviewkit.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the renderings in one language, from the bundles {@code Render.properties} (English)
 * and {@code Render_de.properties} (German) beside this class. A message names its parameters,
 * {@code {name}}; counts choose their plural with the JDK's {@link java.text.ChoiceFormat}
 * ({@code {n,choice,0#{n} interviewers|1#1 interviewer|1<{n} interviewers}}), which is exact for
 * the two plural forms English and German have. A message that uses a parameter it is not given,
 * or a key no bundle holds, is a bug: it throws {@link IllegalStateException}.
 */
final class Texts {
    private static final Texts ENGLISH = new Texts(Locale.ENGLISH, load("Render.properties"));
    private static final Texts GERMAN = new Texts(Locale.GERMAN, load("Render_de.properties"));

    private final Locale locale;
    private final Map<String, String> messages;
    private final Map<String, Compiled> compiled = new HashMap<>();

    private Texts(Locale locale, Map<String, String> messages) {
        this.locale = locale;
        this.messages = messages;
    }

    /** @return German for any locale of the German language, English for every other */
    static Texts of(Locale locale) {
        return "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }

    /** @return the language of these texts, {@link Locale#ENGLISH} or {@link Locale#GERMAN} */
    Locale locale() {
        return locale;
    }

    /** @return the keys of this language's bundle */
    Set<String> keys() {
        return new TreeSet<>(messages.keySet());
    }

    /** @return the names of the parameters the message of a key uses */
    Set<String> parameters(String key) {
        return new TreeSet<>(compile(key).names);
    }

    /** @return whether the bundle holds a message for the key */
    boolean has(String key) {
        return messages.containsKey(key);
    }

    /**
     * Returns a message with its parameters filled in.
     *
     * @param key the message's key
     * @param namesAndValues the parameters: a name, then its value, and so on
     * @return the text
     */
    String text(String key, Object... namesAndValues) {
        Compiled message = compile(key);
        Object[] arguments = new Object[message.names.size()];
        boolean[] given = new boolean[arguments.length];
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            int index = message.names.indexOf((String) namesAndValues[i]);
            if (index >= 0) {
                arguments[index] = namesAndValues[i + 1];
                given[index] = true;
            }
        }
        for (int i = 0; i < given.length; i++) {
            if (!given[i]) {
                throw new IllegalStateException("the message " + key + " (" + locale + ") uses the parameter "
                        + message.names.get(i) + ", which it is not given");
            }
        }
        synchronized (message) {
            return message.format.format(arguments);
        }
    }

    private synchronized Compiled compile(String key) {
        Compiled message = compiled.get(key);
        if (message == null) {
            @Nullable String pattern = messages.get(key);
            if (pattern == null) {
                throw new IllegalStateException("no message " + key + " in the " + locale + " bundle");
            }
            message = new Compiled(pattern, locale);
            compiled.put(key, message);
        }
        return message;
    }

    /** A message turned into a {@link MessageFormat}: each parameter name replaced by its index. */
    private static final class Compiled {
        final List<String> names = new ArrayList<>();
        final MessageFormat format;

        Compiled(String named, Locale locale) {
            StringBuilder indexed = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < named.length(); i++) {
                char c = named.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                } else if (c == '{' && !quoted) {
                    int end = i + 1;
                    while (end < named.length() && Character.isLetterOrDigit(named.charAt(end))) {
                        end++;
                    }
                    String name = named.substring(i + 1, end);
                    int index = names.indexOf(name);
                    if (index < 0) {
                        index = names.size();
                        names.add(name);
                    }
                    indexed.append('{').append(index);
                    i = end - 1;
                    continue;
                }
                indexed.append(c);
            }
            this.format = new MessageFormat(indexed.toString(), locale);
        }
    }

    private static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundle " + resource + " is missing beside " + Texts.class.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle " + resource, e);
        }
        Map<String, String> messages = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            messages.put(key, properties.getProperty(key));
        }
        return Map.copyOf(messages);
    }
}
