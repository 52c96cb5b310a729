package io.github.interviewkit.render.internal;

import java.util.Locale;
import java.util.Set;

/** The tests' view of the package-private texts and escapers. */
public final class InternalAccess {
    private InternalAccess() {}

    public static Set<String> keys(Locale locale) {
        return Texts.of(locale).keys();
    }

    public static Set<String> parameters(Locale locale, String key) {
        return Texts.of(locale).parameters(key);
    }

    public static String text(Locale locale, String key, Object... namesAndValues) {
        return Texts.of(locale).text(key, namesAndValues);
    }

    /** Formats a message with 2 for every parameter; throws if it uses another. */
    public static String formatWithSamples(Locale locale, String key) {
        Texts texts = Texts.of(locale);
        Object[] values = texts.parameters(key).stream().flatMap(name -> java.util.stream.Stream.of(name, 2)).toArray();
        return texts.text(key, values);
    }

    public static String markdown(String text) {
        return MarkdownText.escape(text);
    }

    public static String clean(String text) {
        return Safety.clean(text);
    }
}
