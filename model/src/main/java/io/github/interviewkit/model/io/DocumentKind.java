package io.github.interviewkit.model.io;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of document, such as a role or a scoring policy: how its root object binds into a value
 * and how a value writes out. A {@link DocumentCodec} does everything else the same way for every
 * kind: reading bytes within {@link ContentLimits}, parsing JSON or YAML, reporting unknown fields,
 * validating the bound value once at its root, locating every problem at its line and column, and
 * writing stable text.
 *
 * <p>A kind binds without validating: {@link #bind} reads fields into builders (typically the
 * value's builder, with its parts given as builders) and returns the {@link Binding} that builds the
 * value and checks it once, reporting every problem. An implementation is stateless and
 * thread-safe.
 *
 * @param <T> the type of the value a document holds
 */
public interface DocumentKind<T> {
    /** @return what a document of this kind holds, for people, e.g. {@code role} or {@code scoring policy} */
    String name();

    /**
     * Binds the root object of a document.
     *
     * @param root the root object's fields; problems of the text go into it
     * @return what builds and validates the value
     */
    Binding<T> bind(FieldReader root);

    /**
     * Binds the root of a document that is a list rather than an object, for kinds whose documents
     * may be one, such as a page of records an API returned. The default takes no list: the codec
     * then reports that the root must be an object.
     *
     * @param root the root list; read its items with {@link FieldValue#items}
     * @return what builds and validates the value, or empty when this kind takes no list
     * @throws NullPointerException if {@code root} is {@code null}
     */
    default Optional<Binding<T>> bindList(FieldValue root) {
        Objects.requireNonNull(root, "root");
        return Optional.empty();
    }

    /**
     * Writes a value as the root object of a document, each field once, in a fixed order.
     *
     * @param value the value
     * @param root the root object's writer
     */
    void write(T value, FieldWriter root);

    /**
     * Makes the exception for an invalid document of this kind. Modules whose values have an
     * exception of their own (a subclass of {@link ContentException}) return it here.
     *
     * @param source how the document is named, e.g. a file name
     * @param problems every problem found
     * @return the exception, to be thrown
     * @throws NullPointerException if an argument is {@code null}
     */
    default ContentException invalid(String source, Violations problems) {
        return new ContentException(Objects.requireNonNull(source, "source"), Objects.requireNonNull(problems, "problems"));
    }

    /**
     * Builds a bound value and validates it once, at its root.
     *
     * @param <T> the value's type
     */
    @FunctionalInterface
    interface Binding<T> {
        /**
         * Builds and validates the value.
         *
         * @param problems where every problem of the value goes, with paths from the document's root
         * @return the value, or empty when it has a problem
         */
        Optional<T> build(ViolationSink problems);
    }
}
