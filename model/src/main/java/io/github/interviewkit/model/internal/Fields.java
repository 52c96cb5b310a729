package io.github.interviewkit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.interviewkit.model.ContentException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one object of a {@link Document}, reporting each problem with its path
 * instead of stopping at it. An absent field reads as {@code null} (or empty) and is left for
 * validation to report when it is required; a field of the wrong type is reported here and also
 * reads as {@code null}. List elements that cannot be read stay in the list as {@code null}, so
 * that later problems keep the indexes of the document.
 *
 * <p>Not API: exported only to interviewkit's own modules.
 */
public final class Fields {
    private final Document document;
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();
    private boolean incomplete;

    private Fields(Document document, JsonNode node, String path) {
        this.document = document;
        this.node = node;
        this.path = path;
    }

    /**
     * Starts reading an object.
     *
     * @param document the document, where problems go
     * @param node the node that should be an object
     * @param path the node's content path
     * @return the fields, or {@code null} after reporting when the node is not an object
     */
    public static Fields of(Document document, JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            document.report(path, describe(node), "must be an object with named fields");
            return null;
        }
        return new Fields(document, node, path);
    }

    /** @return the content path of this object */
    public String path() {
        return path;
    }

    /** @return the document this object belongs to */
    public Document document() {
        return document;
    }

    /**
     * @param name a field name
     * @return the content path of that field of this object
     */
    public String pathOf(String name) {
        return ContentNames.join(path, name);
    }

    /**
     * Tells whether a field is present (and not {@code null}); counts as reading it.
     *
     * @param name a field name
     * @return whether the object has the field with a value
     */
    public boolean has(String name) {
        return field(name) != null;
    }

    /**
     * @param name a field name
     * @return the field's text; {@code null} if absent or not text (reported)
     */
    public String string(String name) {
        return text(field(name), pathOf(name));
    }

    /**
     * @param name a field name
     * @return the field's text, or empty if absent or not text (reported)
     */
    public Optional<String> optionalString(String name) {
        return Optional.ofNullable(string(name));
    }

    /**
     * Reads a number that has no "absent" form. When it is absent or unreadable, that is reported
     * and the object cannot be built: {@link #read} then gives {@code null}, so that no rule runs
     * on a made-up value.
     *
     * @param name a field name
     * @return the field's value; 0 when it is absent or unreadable
     */
    public int requiredInt(String name) {
        JsonNode value = field(name);
        Integer result = null;
        if (value == null) {
            document.report(pathOf(name), null, "is required");
        } else {
            result = integer(value, pathOf(name));
        }
        incomplete |= result == null;
        return result == null ? 0 : result;
    }

    /**
     * @param name a field name
     * @return the field's value, or empty if absent or not a whole number (reported)
     */
    public OptionalInt optionalInt(String name) {
        JsonNode value = field(name);
        Integer result = value == null ? null : integer(value, pathOf(name));
        return result == null ? OptionalInt.empty() : OptionalInt.of(result);
    }

    /**
     * @param name a field name
     * @return the field's exact value; {@code null} if absent or not a number (reported)
     */
    public BigDecimal decimal(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return new BigDecimal(value.bigIntegerValue());
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        document.report(pathOf(name), describe(value), "must be a number");
        return null;
    }

    /**
     * @param name a field name
     * @param absent the value when the field is absent
     * @return the field's value; {@code absent} if absent or not {@code true}/{@code false} (reported)
     */
    public boolean bool(String name, boolean absent) {
        JsonNode value = field(name);
        if (value == null) {
            return absent;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        document.report(pathOf(name), describe(value), "must be true or false");
        return absent;
    }

    /**
     * Reads a value named by an id, such as an enum constant.
     *
     * @param name a field name
     * @param parse turns the id into the value; a {@link ContentException} or
     *     {@link IllegalArgumentException} it throws is reported
     * @param expected what a valid id looks like, for the report
     * @param <T> the value's type
     * @return the value; {@code null} if absent or invalid (reported)
     */
    public <T> T id(String name, Function<String, T> parse, String expected) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            T value = parse.apply(text);
            if (value != null) {
                return value;
            }
        } catch (ContentException | IllegalArgumentException e) {
            // reported below
        }
        document.report(pathOf(name), text, "must be " + expected);
        return null;
    }

    /**
     * Reads an enum constant by its content id.
     *
     * @param name a field name
     * @param constants the enum's constants
     * @param id the content id of a constant
     * @param <E> the enum type
     * @return the constant; {@code null} if absent or unknown (reported with the known ids)
     */
    public <E extends Enum<E>> E constant(String name, E[] constants, Function<E, String> id) {
        List<String> ids = Arrays.stream(constants).map(id).toList();
        return id(name, text -> Arrays.stream(constants).filter(c -> id.apply(c).equals(text)).findFirst().orElse(null),
                "one of " + String.join(", ", ids));
    }

    /**
     * @param name a field name
     * @return the texts of a list field; empty if absent; unreadable elements as {@code null} (reported)
     */
    public List<String> strings(String name) {
        return list(name, (element, at) -> text(element, at));
    }

    /**
     * Reads a list of objects.
     *
     * @param name a field name
     * @param reader reads one element
     * @param <T> the element type
     * @return the elements; empty if absent; unreadable elements as {@code null} (reported)
     */
    public <T> List<T> objects(String name, Function<Fields, T> reader) {
        return list(name, (element, at) -> {
            Fields fields = of(document, element, at);
            if (fields == null) {
                if (element.isNull()) {
                    document.report(at, null, "is required");
                }
                return null;
            }
            return fields.read(reader);
        });
    }

    /**
     * Reads an object field.
     *
     * @param name a field name
     * @param reader reads the object
     * @param <T> the object's type
     * @return the object; {@code null} if absent or not an object (reported)
     */
    public <T> T object(String name, Function<Fields, T> reader) {
        Fields fields = of(document, field(name), pathOf(name));
        return fields == null ? null : fields.read(reader);
    }

    /**
     * Reads an object whose keys are whole numbers and whose values are texts, in document order.
     *
     * @param name a field name
     * @return the entries; empty if absent; unreadable entries are reported and left out
     */
    public Map<Integer, String> textsByNumber(String name) {
        JsonNode value = field(name);
        Map<Integer, String> result = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isObject()) {
            document.report(pathOf(name), describe(value), "must be an object keyed by level number");
            return result;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = pathOf(name) + "[" + entry.getKey() + "]";
            Integer key = parseInt(entry.getKey());
            String text = text(entry.getValue(), at);
            if (key == null) {
                document.report(at, entry.getKey(), "must be keyed by a whole number, a level of the scale");
            } else if (text != null) {
                result.put(key, text);
            } else if (entry.getValue().isNull()) {
                document.report(at, null, "is required");
            }
        }
        return result;
    }

    /**
     * Reads this object with a reader, then reports each field the reader did not read as unknown
     * (naming the known ones), unless the document ignores unknown fields.
     *
     * @param reader reads the fields it knows
     * @param <T> what the reader builds
     * @return what the reader built, or {@code null} if a {@linkplain #requiredInt required number}
     *     could not be read
     */
    public <T> T read(Function<Fields, T> reader) {
        T built = reader.apply(this);
        T result = incomplete ? null : built;
        if (document.rejectsUnknownFields()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!read.contains(name)) {
                    document.report(pathOf(name), name,
                            "is not a known field here; known fields are " + String.join(", ", read));
                }
            }
        }
        return result;
    }

    private interface ElementReader<T> {
        T read(JsonNode element, String path);
    }

    private <T> List<T> list(String name, ElementReader<T> reader) {
        JsonNode value = field(name);
        List<T> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            document.report(pathOf(name), describe(value), "must be a list");
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            result.add(reader.read(value.get(i), pathOf(name) + "[" + i + "]"));
        }
        return result;
    }

    private JsonNode field(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private String text(JsonNode value, String at) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        String raw = document.rawScalar(at);
        if (raw != null) {
            // A YAML plain scalar such as 2512 or 1.0 is text when text is expected.
            return raw;
        }
        document.report(at, describe(value), "must be text");
        return null;
    }

    private Integer integer(JsonNode value, String at) {
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        document.report(at, describe(value), value.isIntegralNumber() ? "is too large" : "must be a whole number");
        return null;
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object describe(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.toString();
    }

}
