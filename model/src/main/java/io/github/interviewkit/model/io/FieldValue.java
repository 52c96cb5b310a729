package io.github.interviewkit.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.interviewkit.model.ContentException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One value of a document being bound: a field of an object, an item of a list or an entry of a
 * map, at its {@linkplain #path() path}. Each accessor hands the value to a setter when it has the
 * expected type, and otherwise reports the problem at this path and calls nothing, so that a
 * {@link DocumentKind} binds a whole document in one pass and every problem of it is reported.
 * An absent value (a missing field, or {@code null}) calls nothing and reports nothing: whether it
 * is required is for the validation of the bound value to say.
 */
public final class FieldValue {
    private final Document document;
    private final @Nullable JsonNode node;
    private final String path;

    FieldValue(Document document, @Nullable JsonNode node, String path) {
        this.document = document;
        this.node = node == null || node.isNull() || node.isMissingNode() ? null : node;
        this.path = path;
    }

    /** @return where the value is in the document, e.g. {@code questions[3].text} */
    public String path() {
        return path;
    }

    /** @return whether the document has a value here (one that is not {@code null}) */
    public boolean isPresent() {
        return node != null;
    }

    /** @return whether the value is text (in YAML, any plain scalar counts as text, as {@link #string} reads it) */
    public boolean isText() {
        return node != null && (node.isTextual() || (node.isValueNode() && document.rawScalar(path) != null));
    }

    /** @return whether the value is a number */
    public boolean isNumber() {
        return node != null && node.isNumber();
    }

    /** @return whether the value is an object with named fields */
    public boolean isObject() {
        return node != null && node.isObject();
    }

    /** @return whether the value is a list */
    public boolean isList() {
        return node != null && node.isArray();
    }

    /**
     * Reads this value as a list, handing each item to {@code each} in order, at the paths
     * {@code path[0]}, {@code path[1]}, …; a value that is not a list is reported, an absent one
     * calls nothing.
     *
     * @param each reads one item
     * @throws NullPointerException if {@code each} is {@code null}
     */
    public void items(Consumer<FieldValue> each) {
        Objects.requireNonNull(each, "each");
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            report(describe(node), "must be a list");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            each.accept(new FieldValue(document, node.get(i), path + "[" + i + "]"));
        }
    }

    /**
     * Records a problem with this value.
     *
     * @param value the offending value as a reader should see it, or {@code null}
     * @param message what is wrong
     * @throws NullPointerException if {@code message} is {@code null}
     */
    public void report(@Nullable Object value, String message) {
        document.report(path, value, Objects.requireNonNull(message, "message"));
    }

    /**
     * Hands the value to {@code setter} if it is text. In YAML, a plain scalar that reads as a number
     * or a boolean ({@code 2512}, {@code 1.0}, {@code yes}) is taken as the text it was written as.
     *
     * @param setter receives the text
     * @throws NullPointerException if {@code setter} is {@code null}
     */
    public void string(Consumer<String> setter) {
        Objects.requireNonNull(setter, "setter");
        String text = text();
        if (text != null) {
            setter.accept(text);
        }
    }

    /**
     * Hands the value to {@code setter} if it is a whole number that fits an {@code int}.
     *
     * @param setter receives the number
     * @throws NullPointerException if {@code setter} is {@code null}
     */
    public void integer(IntConsumer setter) {
        Objects.requireNonNull(setter, "setter");
        if (node == null) {
            return;
        }
        if (numberProblem()) {
            return;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            setter.accept(node.intValue());
        } else {
            report(describe(node), node.isIntegralNumber() ? "is too large" : "must be a whole number");
        }
    }

    /**
     * Hands the value to {@code setter} if it is a number, exactly as written ({@code 0.80} keeps its
     * scale). A number whose exponent makes it whole ({@code 1.80E6}) is handed over as that whole
     * number ({@code 1800000}, scale 0): the same value, in the form {@link FieldWriter#decimal}
     * writes, so that what is read writes and reads back equal.
     *
     * @param setter receives the number
     * @throws NullPointerException if {@code setter} is {@code null}
     */
    public void decimal(Consumer<BigDecimal> setter) {
        Objects.requireNonNull(setter, "setter");
        if (node == null) {
            return;
        }
        if (numberProblem()) {
            return;
        }
        if (node.isIntegralNumber()) {
            setter.accept(new BigDecimal(node.bigIntegerValue()));
        } else if (node.isNumber()) {
            BigDecimal decimal = node.decimalValue();
            // 1.80E6 (scale -4) is the whole number 1800000, which is how a writer writes it back.
            setter.accept(decimal.scale() < 0 ? decimal.setScale(0) : decimal);
        } else {
            report(describe(node), "must be a number");
        }
    }

    /**
     * Hands the value to {@code setter} if it is {@code true} or {@code false}.
     *
     * @param setter receives the value
     * @throws NullPointerException if {@code setter} is {@code null}
     */
    public void bool(Consumer<Boolean> setter) {
        Objects.requireNonNull(setter, "setter");
        if (node == null) {
            return;
        }
        if (node.isBoolean()) {
            setter.accept(node.booleanValue());
        } else {
            report(describe(node), "must be true or false");
        }
    }

    /**
     * Hands {@code setter} the value named by this text, such as a currency or a category.
     *
     * @param parse turns the text into the value; a {@link ContentException} or
     *     {@link IllegalArgumentException} it throws, or a {@code null} it returns, is reported as a
     *     text that names nothing
     * @param expected what a valid text looks like, for the report, e.g. {@code "a slug such as technical"}
     * @param setter receives the value
     * @param <T> the value's type
     * @throws NullPointerException if an argument is {@code null}
     */
    public <T> void id(Function<String, @Nullable T> parse, String expected, Consumer<T> setter) {
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(setter, "setter");
        String text = text();
        if (text == null) {
            return;
        }
        T value = null;
        try {
            value = parse.apply(text);
        } catch (ContentException | IllegalArgumentException e) {
            // reported below, in the words of the document
        }
        if (value == null) {
            report(text, "must be " + expected);
        } else {
            setter.accept(value);
        }
    }

    /**
     * Hands {@code setter} the enum constant whose content id is this text.
     *
     * @param constants the enum's constants
     * @param id the content id of a constant, e.g. {@code Severity::id}
     * @param setter receives the constant
     * @param <E> the enum type
     * @throws NullPointerException if an argument is {@code null}
     */
    public <E extends Enum<E>> void constant(E[] constants, Function<E, String> id, Consumer<E> setter) {
        Objects.requireNonNull(constants, "constants");
        Objects.requireNonNull(id, "id");
        StringBuilder ids = new StringBuilder();
        for (E constant : constants) {
            ids.append(ids.length() == 0 ? "" : ", ").append(id.apply(constant));
        }
        id(text -> {
            for (E constant : constants) {
                if (id.apply(constant).equals(text)) {
                    return constant;
                }
            }
            return null;
        }, "one of " + ids, setter);
    }

    /**
     * Binds this value as an object: {@code reader} reads its fields, then every field it did not
     * read is reported as unknown (unless the reader ignores unknown fields).
     *
     * @param reader reads the object's fields
     * @throws NullPointerException if {@code reader} is {@code null}
     */
    public void object(Consumer<FieldReader> reader) {
        Objects.requireNonNull(reader, "reader");
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            report(describe(node), "must be an object with named fields");
            return;
        }
        FieldReader fields = new FieldReader(document, node, path);
        reader.accept(fields);
        fields.finish();
    }

    /** Binds this value, the root of a document, with a kind; empty (reported) when it is not an object. */
    <T> java.util.Optional<DocumentKind.Binding<T>> bind(DocumentKind<T> kind) {
        if (node == null) {
            report(null, "must be an object with named fields, not null");
            return java.util.Optional.empty();
        }
        if (node.isArray()) {
            java.util.Optional<DocumentKind.Binding<T>> list = kind.bindList(this);
            if (list.isPresent()) {
                return list;
            }
        }
        if (!node.isObject()) {
            report(describe(node), "must be an object with named fields");
            return java.util.Optional.empty();
        }
        FieldReader fields = new FieldReader(document, node, path);
        DocumentKind.Binding<T> binding = kind.bind(fields);
        fields.finish();
        return java.util.Optional.of(binding);
    }

    /** Reports a YAML scalar that reads as a number past the limits; such a scalar is kept as text. */
    private boolean numberProblem() {
        JsonNode value = node;
        String problem = value != null && value.isTextual() ? document.numberProblem(path) : null;
        if (value != null && problem != null) {
            String raw = value.textValue();
            report(raw.length() > 40 ? raw.length() + " characters" : raw, problem);
            return true;
        }
        return false;
    }

    @Nullable JsonNode node() {
        return node;
    }

    Document document() {
        return document;
    }

    private @Nullable String text() {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        String raw = document.rawScalar(path);
        if (raw != null) {
            return raw;
        }
        report(describe(node), "must be text");
        return null;
    }

    /** @return how a value is shown in a report: text as itself, containers by their kind */
    static Object describe(JsonNode value) {
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
