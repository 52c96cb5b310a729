package io.github.interviewkit.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object of a document being bound by a {@link DocumentKind}: each field is a
 * {@link FieldValue} at the path {@code object.field}, and the shorthands here read one field into
 * a setter. A field of the wrong type is reported at its path and calls nothing; an absent field
 * calls nothing. When the object has been read, every field that was never asked for is reported
 * as unknown, naming the known ones, unless the codec ignores unknown fields.
 *
 * <p>List items and map entries that cannot be read are reported, and each list item still takes
 * its place (an unreadable object is read as an empty one, an unreadable text as the empty text),
 * so that the items after it keep the indexes they have in the document: the validation of the
 * bound value then reports its own problems at the right paths, and drops those that are only
 * consequences of a value that could not be read.
 *
 * <p>A reader belongs to one binding, on one thread.
 */
public final class FieldReader {
    private static final JsonNode EMPTY_OBJECT = JsonNodeFactory.instance.objectNode();

    private final Document document;
    private final JsonNode node;
    private final String path;
    private final Set<String> known = new LinkedHashSet<>();

    FieldReader(Document document, JsonNode node, String path) {
        this.document = document;
        this.node = node;
        this.path = path;
    }

    /** @return where the object is in the document; the empty path for the root */
    public String path() {
        return path;
    }

    /**
     * @param name a field name
     * @return the path of that field of this object, e.g. {@code rubric.scale}
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public String pathOf(String name) {
        Objects.requireNonNull(name, "name");
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * Returns a field, which counts as known from now on.
     *
     * @param name the field's name
     * @return the field; {@link FieldValue#isPresent() absent} when the object does not have it
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public FieldValue field(String name) {
        known.add(Objects.requireNonNull(name, "name"));
        return new FieldValue(document, node.get(name), pathOf(name));
    }

    /**
     * Tells whether a field is present and not {@code null}; counts as asking for it.
     *
     * @param name the field's name
     * @return whether the object has the field with a value
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public boolean has(String name) {
        return field(name).isPresent();
    }

    /**
     * Returns the names of the object's fields, in document order. Listing them does not count as
     * asking for any: a field that is never asked for is still reported as unknown. A kind that
     * tells documents apart by their fields before it binds them (as a command line that reads
     * every kind does) looks here.
     *
     * @return the names, unmodifiable
     */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(node.size());
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            names.add(field.getKey());
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * Reads a text field: {@code field(name).string(setter)}.
     *
     * @param name the field's name
     * @param setter receives the text
     * @throws NullPointerException if an argument is {@code null}
     */
    public void string(String name, Consumer<String> setter) {
        field(name).string(setter);
    }

    /**
     * Reads a whole-number field: {@code field(name).integer(setter)}.
     *
     * @param name the field's name
     * @param setter receives the number
     * @throws NullPointerException if an argument is {@code null}
     */
    public void integer(String name, IntConsumer setter) {
        field(name).integer(setter);
    }

    /**
     * Reads an exact decimal field: {@code field(name).decimal(setter)}.
     *
     * @param name the field's name
     * @param setter receives the number
     * @throws NullPointerException if an argument is {@code null}
     */
    public void decimal(String name, Consumer<BigDecimal> setter) {
        field(name).decimal(setter);
    }

    /**
     * Reads a {@code true}/{@code false} field: {@code field(name).bool(setter)}.
     *
     * @param name the field's name
     * @param setter receives the value
     * @throws NullPointerException if an argument is {@code null}
     */
    public void bool(String name, Consumer<Boolean> setter) {
        field(name).bool(setter);
    }

    /**
     * Reads a field whose text names a value: {@code field(name).id(parse, expected, setter)}.
     *
     * @param name the field's name
     * @param parse turns the text into the value; see {@link FieldValue#id}
     * @param expected what a valid text looks like, for the report
     * @param setter receives the value
     * @param <T> the value's type
     * @throws NullPointerException if an argument is {@code null}
     */
    public <T> void id(String name, Function<String, @Nullable T> parse, String expected, Consumer<T> setter) {
        field(name).id(parse, expected, setter);
    }

    /**
     * Reads a field naming an enum constant by its content id: {@code field(name).constant(...)}.
     *
     * @param name the field's name
     * @param constants the enum's constants
     * @param id the content id of a constant
     * @param setter receives the constant
     * @param <E> the enum type
     * @throws NullPointerException if an argument is {@code null}
     */
    public <E extends Enum<E>> void constant(String name, E[] constants, Function<E, String> id, Consumer<E> setter) {
        field(name).constant(constants, id, setter);
    }

    /**
     * Reads an object field: {@code field(name).object(reader)}.
     *
     * @param name the field's name
     * @param reader reads the object's fields
     * @throws NullPointerException if an argument is {@code null}
     */
    public void object(String name, Consumer<FieldReader> reader) {
        field(name).object(reader);
    }

    /**
     * Reads a list of texts, handing each to {@code add} in order; an item that is not text is
     * reported and handed on as the empty text, so that later items keep their indexes.
     *
     * @param name the field's name
     * @param add receives each text
     * @throws NullPointerException if an argument is {@code null}
     */
    public void strings(String name, Consumer<String> add) {
        Objects.requireNonNull(add, "add");
        items(name, item -> {
            boolean[] read = {false};
            if (item.isPresent()) {
                item.string(text -> {
                    read[0] = true;
                    add.accept(text);
                });
            } else {
                item.report(null, "is required");
            }
            if (!read[0]) {
                add.accept("");
            }
        });
    }

    /**
     * Reads a list of objects, handing a reader of each to {@code each} in order; an item that is not
     * an object is reported and handed on as an empty object, so that later items keep their indexes.
     *
     * @param name the field's name
     * @param each reads one object's fields
     * @throws NullPointerException if an argument is {@code null}
     */
    public void objects(String name, Consumer<FieldReader> each) {
        Objects.requireNonNull(each, "each");
        items(name, item -> {
            JsonNode value = item.node();
            if (value != null && value.isObject()) {
                item.object(each);
                return;
            }
            if (value == null) {
                item.report(null, "is required");
            } else {
                item.report(FieldValue.describe(value), "must be an object with named fields");
            }
            each.accept(new FieldReader(document, EMPTY_OBJECT, item.path()));
        });
    }

    /**
     * Reads a list, handing each item to {@code each} in order, at the paths {@code name[0]},
     * {@code name[1]}, …; a field that is not a list is reported.
     *
     * @param name the field's name
     * @param each reads one item
     * @throws NullPointerException if an argument is {@code null}
     */
    public void items(String name, Consumer<FieldValue> each) {
        Objects.requireNonNull(each, "each");
        field(name).items(each);
    }

    /**
     * Reads an object used as a map, handing each key and value to {@code each} in document order,
     * the value at the path {@code name[key]}; a field that is not an object is reported.
     *
     * @param name the field's name
     * @param keys what the keys are, for the report, e.g. {@code "criterion id"}
     * @param each reads one entry
     * @throws NullPointerException if an argument is {@code null}
     */
    public void entries(String name, String keys, BiConsumer<String, FieldValue> each) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(each, "each");
        FieldValue map = field(name);
        JsonNode value = map.node();
        if (value == null) {
            return;
        }
        if (!value.isObject()) {
            map.report(FieldValue.describe(value), "must be an object keyed by " + keys);
            return;
        }
        String at = map.path();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            each.accept(entry.getKey(), new FieldValue(document, entry.getValue(), at + "[" + entry.getKey() + "]"));
        }
    }

    /**
     * Records a problem with a field of this object.
     *
     * @param name the field's name
     * @param value the offending value as a reader should see it, or {@code null}
     * @param message what is wrong
     * @throws NullPointerException if {@code name} or {@code message} is {@code null}
     */
    public void report(String name, @Nullable Object value, String message) {
        document.report(pathOf(name), value, Objects.requireNonNull(message, "message"));
    }

    /** Reports the fields nobody asked for, once the object has been read. */
    void finish() {
        if (!document.rejectsUnknownFields()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                document.report(pathOf(name), name, "is not a known field here; known fields are " + String.join(", ", known));
            }
        }
    }
}
