package io.github.interviewkit.scoring;

import io.github.interviewkit.model.io.FieldWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The machine-readable parameters of a {@link Finding}: checked once, rendered
 * into text through a template, written to JSON. Shared by both so that they behave alike.
 */
final class Parameters {
    private static final BigDecimal SMALLEST_SHOWN = new BigDecimal("0.0001");

    private Parameters() {}

    /** Copies parameters after checking that every value is one JSON can carry. */
    static Map<String, Object> copyOf(String owner, Map<String, ?> parameters) {
        if (parameters == null) {
            throw new ScoringException(owner + " parameters are required; pass an empty map for none");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : parameters.entrySet()) {
            Object value = entry.getValue();
            if (entry.getKey() == null || !allowed(value)) {
                throw new ScoringException(owner + " parameter '" + entry.getKey() + "' has the value " + value
                        + "; a parameter needs a name and a String, Boolean, Integer, Long, Double, BigDecimal"
                        + " or a List of Strings");
            }
            copy.put(entry.getKey(), value instanceof List<?> list ? List.copyOf(list) : value);
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns ordered parameters the library builds itself and knows to be valid: names and values
     * alternate. Backed by the array, without hashing, because the built-in rules make a few per step.
     */
    static Map<String, Object> of(Object... namesAndValues) {
        return new Ordered(namesAndValues);
    }

    /** An immutable map over alternating names and values, iterated in their order. */
    private static final class Ordered extends AbstractMap<String, Object> {
        private final Object[] namesAndValues;

        Ordered(Object[] namesAndValues) {
            this.namesAndValues = namesAndValues;
        }

        @Override
        public @Nullable Object get(@Nullable Object key) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(key)) {
                    return namesAndValues[i + 1];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(@Nullable Object key) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(key)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int size() {
            return namesAndValues.length / 2;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < namesAndValues.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, Object> entry = new SimpleImmutableEntry<>((String) namesAndValues[next],
                                    namesAndValues[next + 1]);
                            next += 2;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return namesAndValues.length / 2;
                }
            };
        }
    }

    private static boolean allowed(Object value) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String)) {
                    return false;
                }
            }
            return true;
        }
        return value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof BigDecimal;
    }

    /**
     * Replaces each {@code {name}} in a template by the parameter's value as {@link #format} shows
     * it; a name without a parameter stays as written.
     */
    static String render(String template, Map<String, Object> parameters, Locale locale) {
        StringBuilder text = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                text.append(template, i, template.length());
                break;
            }
            String name = template.substring(open + 1, close);
            text.append(template, i, open);
            if (parameters.containsKey(name)) {
                text.append(format(parameters.get(name), locale));
            } else {
                text.append(template, open, close + 1);
            }
            i = close + 1;
        }
        return text.toString();
    }

    /**
     * Shows a parameter's value to people: decimals rounded down to at most four places, so that
     * a figure shown below a threshold is below it and one shown reaching it reaches it, with the
     * locale's decimal separator and no digit grouping; lists joined by commas. The parameters
     * keep the full value.
     */
    static String format(@Nullable Object value, Locale locale) {
        if (value instanceof BigDecimal decimal) {
            return localised(decimal.toPlainString(), locale);
        }
        if (value instanceof Double number && Double.isFinite(number)) {
            // Rounded down from the double's exact binary value, except where the four-place decimal
            // just above converts to this very double: 3.4 is the double nearest 3.4 and shows as 3.4,
            // not as the 3.3999 that its binary value 3.39999999999999991... rounds down to.
            BigDecimal shown = new BigDecimal(number).setScale(4, RoundingMode.FLOOR);
            BigDecimal up = shown.add(SMALLEST_SHOWN);
            if (up.doubleValue() == number) {
                shown = up;
            }
            shown = shown.stripTrailingZeros();
            return localised(shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString(), locale);
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String localised(String decimal, Locale locale) {
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return separator == '.' ? decimal : decimal.replace('.', separator);
    }

    /** Writes parameters as the fields of an object, each value as the JSON type it is. */
    static void write(Map<String, Object> parameters, FieldWriter out) {
        for (Map.Entry<String, Object> entry : parameters.entrySet()) {
            Object value = entry.getValue();
            String key = entry.getKey();
            if (value instanceof String text) {
                out.string(key, text);
            } else if (value instanceof Boolean flag) {
                out.bool(key, flag);
            } else if (value instanceof Integer number) {
                out.integer(key, number);
            } else if (value instanceof Long number) {
                out.integer(key, number);
            } else if (value instanceof Double number) {
                out.number(key, number);
            } else if (value instanceof BigDecimal number) {
                out.decimal(key, number);
            } else if (value instanceof List<?> list) {
                out.strings(key, list.stream().map(String::valueOf).toList());
            }
        }
    }
}
