package io.github.interviewkit.model.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes the fields of one object of a document, in the order they are written: a
 * {@link DocumentKind} writes each field once, so that the same value always gives the same text.
 * Numbers are written exactly ({@code 0.80} stays {@code 0.80}, never {@code 8.0E-1}); absent
 * optional values write nothing.
 *
 * <p>A writer belongs to one document, on one thread.
 */
public final class FieldWriter {
    // Exact decimals: 0.80 is written as 0.80 and reads back equal (BigDecimal equality counts the
    // scale); the default factory keeps a decimal as it is given.
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode node;

    FieldWriter(ObjectNode node) {
        this.node = node;
    }

    ObjectNode node() {
        return node;
    }

    /**
     * Writes a text field.
     *
     * @param name the field's name
     * @param value the text
     * @return this writer
     * @throws NullPointerException if an argument is {@code null}
     */
    public FieldWriter string(String name, String value) {
        node.put(name(name), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Writes a text field if the value is present.
     *
     * @param name the field's name
     * @param value the text, or empty to write nothing
     * @return this writer
     * @throws NullPointerException if an argument is {@code null}
     */
    public FieldWriter string(String name, Optional<String> value) {
        name(name);
        Objects.requireNonNull(value, "value").ifPresent(text -> node.put(name, text));
        return this;
    }

    /**
     * Writes a whole-number field.
     *
     * @param name the field's name
     * @param value the number
     * @return this writer
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public FieldWriter integer(String name, long value) {
        node.put(name(name), value);
        return this;
    }

    /**
     * Writes a whole-number field if the value is present.
     *
     * @param name the field's name
     * @param value the number, or empty to write nothing
     * @return this writer
     * @throws NullPointerException if an argument is {@code null}
     */
    public FieldWriter integer(String name, OptionalInt value) {
        name(name);
        Objects.requireNonNull(value, "value").ifPresent(number -> node.put(name, number));
        return this;
    }

    /**
     * Writes an exact decimal field, in plain notation: {@code 0.80} as {@code 0.80}, and a decimal
     * of negative scale ({@code 1.80E+6}) as the whole number it stands for, {@code 1800000}, which
     * {@link FieldValue#decimal} reads back with scale 0.
     *
     * @param name the field's name
     * @param value the number
     * @return this writer
     * @throws NullPointerException if an argument is {@code null}
     */
    public FieldWriter decimal(String name, BigDecimal value) {
        node.put(name(name), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Writes a floating-point field, as the shortest decimal that reads back as the same
     * {@code double}.
     *
     * @param name the field's name
     * @param value the number; finite
     * @return this writer
     * @throws NullPointerException if {@code name} is {@code null}
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public FieldWriter number(String name, double value) {
        name(name);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
        node.put(name, value);
        return this;
    }

    /**
     * Writes a {@code true}/{@code false} field.
     *
     * @param name the field's name
     * @param value the value
     * @return this writer
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public FieldWriter bool(String name, boolean value) {
        node.put(name(name), value);
        return this;
    }

    /**
     * Writes a {@code null} field, for a value that is explicitly absent.
     *
     * @param name the field's name
     * @return this writer
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public FieldWriter absent(String name) {
        node.putNull(name(name));
        return this;
    }

    /**
     * Writes a list of texts, even when it is empty.
     *
     * @param name the field's name
     * @param values the texts, in order
     * @return this writer
     * @throws NullPointerException if {@code name}, {@code values} or a text is {@code null}
     */
    public FieldWriter strings(String name, Collection<String> values) {
        Objects.requireNonNull(values, "values");
        ArrayNode array = node.putArray(name(name));
        for (String value : values) {
            array.add(Objects.requireNonNull(value, "values element"));
        }
        return this;
    }

    /**
     * Writes a list of texts unless it is empty, in which case nothing is written.
     *
     * @param name the field's name
     * @param values the texts, in order
     * @return this writer
     * @throws NullPointerException if {@code name}, {@code values} or a text is {@code null}
     */
    public FieldWriter nonEmptyStrings(String name, Collection<String> values) {
        name(name);
        return Objects.requireNonNull(values, "values").isEmpty() ? this : strings(name, values);
    }

    /**
     * Writes an object field.
     *
     * @param name the field's name
     * @param fields writes the object's fields
     * @return this writer
     * @throws NullPointerException if an argument is {@code null}
     */
    public FieldWriter object(String name, Consumer<FieldWriter> fields) {
        Objects.requireNonNull(fields, "fields");
        fields.accept(new FieldWriter(node.putObject(name(name))));
        return this;
    }

    /**
     * Writes a list of objects, even when it is empty, one per item in order.
     *
     * @param name the field's name
     * @param items the items
     * @param fields writes one item's fields
     * @param <T> the items' type
     * @return this writer
     * @throws NullPointerException if an argument is {@code null}
     */
    public <T> FieldWriter objects(String name, Iterable<T> items, BiConsumer<T, FieldWriter> fields) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(fields, "fields");
        ArrayNode array = node.putArray(name(name));
        for (T item : items) {
            fields.accept(item, new FieldWriter(array.addObject()));
        }
        return this;
    }

    /**
     * Writes a map as an object, entries in the map's iteration order (sort it first for a stable
     * document).
     *
     * @param name the field's name
     * @param entries the entries
     * @param value writes one entry's value as a field of the map object, named by the key
     * @param <V> the values' type
     * @return this writer
     * @throws NullPointerException if an argument is {@code null}
     */
    public <V> FieldWriter entries(String name, Map<String, V> entries, EntryWriter<V> value) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(value, "value");
        FieldWriter map = new FieldWriter(node.putObject(name(name)));
        entries.forEach((key, item) -> value.write(map, key, item));
        return this;
    }

    /**
     * Writes one entry of a map.
     *
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface EntryWriter<V> {
        /**
         * Writes the entry's value.
         *
         * @param map the map object's writer
         * @param key the entry's key, the field name to write
         * @param value the entry's value
         */
        void write(FieldWriter map, String key, V value);
    }

    private static String name(String name) {
        return Objects.requireNonNull(name, "name");
    }
}
