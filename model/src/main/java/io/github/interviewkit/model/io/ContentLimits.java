package io.github.interviewkit.model.io;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bounds on an untrusted document, checked while it is read, the same for every kind of document.
 * A document past a bound is rejected with a {@link io.github.interviewkit.model.ContentException}
 * that names the bound and its number, once, at the place where the document passes it.
 *
 * <p><b>The contract of a read.</b> Any sequence of bytes gives either a valid value or one
 * {@code ContentException} (or {@link UnreadableContentException} for a file or stream that cannot
 * be read): never {@code null}, never another exception, never an {@link Error} caused by the
 * content. Reading takes time linear in the size of the document, and memory linear in
 * {@link #maxDocumentBytes()} and {@link #maxValues()}: a document within the default limits is read
 * or rejected in a 64 MB heap (a test of the library checks it). YAML aliases ({@code *name}) and
 * tags ({@code !name}) are always rejected: content never needs them, and expanding aliases is how
 * small documents become huge ones.
 *
 * <p><b>The bounds and their defaults.</b>
 * <ul>
 *   <li>{@link #maxDocumentBytes()}: {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes (4 MiB);</li>
 *   <li>{@link #maxNestingDepth()}: {@value #DEFAULT_MAX_NESTING_DEPTH} levels of objects and lists
 *       (a role needs 5);</li>
 *   <li>{@link #maxStringLength()}: {@value #DEFAULT_MAX_STRING_LENGTH} characters in one text or
 *       field name; a line of YAML may be 1,024 characters longer, no more;</li>
 *   <li>{@link #maxListSize()}: {@value #DEFAULT_MAX_LIST_SIZE} items in one list;</li>
 *   <li>{@link #maxObjectSize()}: {@value #DEFAULT_MAX_OBJECT_SIZE} fields in one object;</li>
 *   <li>{@link #maxValues()}: {@value #DEFAULT_MAX_VALUES} values (objects, lists, texts, numbers,
 *       booleans and nulls) in the whole document;</li>
 *   <li>{@link #maxNumberLength()}: {@value #DEFAULT_MAX_NUMBER_LENGTH} characters in one number as
 *       written;</li>
 *   <li>{@link #maxNumberExponent()}: {@value #DEFAULT_MAX_NUMBER_EXPONENT}, the largest decimal
 *       exponent of a number, written ({@code 1e50}) or in scientific notation ({@code 12000} is
 *       1.2 × 10<sup>4</sup>, exponent 4; {@code 0.001} has exponent −3): a number past it is
 *       rejected before any arithmetic is done on it, so that every number read converts to a finite,
 *       exact-enough {@code double};</li>
 *   <li>{@link #maxViolations()}: {@value #DEFAULT_MAX_VIOLATIONS} problems listed in a report; the
 *       report says how many more there were, and those cost no memory.</li>
 * </ul>
 *
 * <p><b>As large as supported.</b> Each bound accepts {@link Integer#MAX_VALUE}, which means "as
 * large as the library supports": {@value #SUPPORTED_MAX_DOCUMENT_BYTES} bytes for a document,
 * {@value #SUPPORTED_MAX_NESTING_DEPTH} levels of nesting, and {@value #SUPPORTED_MAX_NUMBER_EXPONENT}
 * for the exponent of a number; a larger value is lowered to these. The other bounds are limited by
 * the document's size only.
 *
 * <p><b>The text policy</b>, the same for every document: malformed UTF-8 is rejected with its byte
 * offset, never replaced; a leading byte-order mark is skipped in JSON and YAML alike; in every text
 * and field name, lone surrogates, NUL and the C0 and C1 control characters other than tab and line
 * feed are rejected (an escape character, the start of an ANSI escape sequence, included), and so are
 * the bidirectional embedding, override and isolate characters (U+202A to U+202E, U+2066 to U+2069);
 * a line end written CR LF is read as LF. Each is one problem at its path, naming the code point.
 *
 * <p>Limits are immutable values.
 */
public final class ContentLimits {
    /** The default maximum size of a document, in bytes: 4 MiB. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** The default maximum depth of nested objects and lists. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** The default maximum length of one string or field name, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 20_000;
    /** The default maximum number of items in one list. */
    public static final int DEFAULT_MAX_LIST_SIZE = 10_000;
    /** The default maximum number of fields in one object. */
    public static final int DEFAULT_MAX_OBJECT_SIZE = 1_000;
    /** The default maximum number of values in one document. */
    public static final int DEFAULT_MAX_VALUES = 100_000;
    /** The default maximum length of one number as written, in characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** The default largest decimal exponent of a number, positive or negative. */
    public static final int DEFAULT_MAX_NUMBER_EXPONENT = 100;
    /** The default maximum number of problems listed in a report. */
    public static final int DEFAULT_MAX_VIOLATIONS = 100;

    /** The largest document the library reads, in bytes: what one Java array holds, with room. */
    public static final int SUPPORTED_MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 16;
    /** The deepest nesting the library reads. */
    public static final int SUPPORTED_MAX_NESTING_DEPTH = 1_000;
    /** The largest decimal exponent the library reads: every number converts to a finite {@code double}. */
    public static final int SUPPORTED_MAX_NUMBER_EXPONENT = 300;

    private static final ContentLimits DEFAULTS = builder().build();

    private final int maxDocumentBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxListSize;
    private final int maxObjectSize;
    private final int maxValues;
    private final int maxNumberLength;
    private final int maxNumberExponent;
    private final int maxViolations;

    private ContentLimits(Builder builder) {
        this.maxDocumentBytes = Math.min(builder.maxDocumentBytes, SUPPORTED_MAX_DOCUMENT_BYTES);
        this.maxNestingDepth = Math.min(builder.maxNestingDepth, SUPPORTED_MAX_NESTING_DEPTH);
        this.maxStringLength = builder.maxStringLength;
        this.maxListSize = builder.maxListSize;
        this.maxObjectSize = builder.maxObjectSize;
        this.maxValues = builder.maxValues;
        this.maxNumberLength = builder.maxNumberLength;
        this.maxNumberExponent = Math.min(builder.maxNumberExponent, SUPPORTED_MAX_NUMBER_EXPONENT);
        this.maxViolations = builder.maxViolations;
    }

    /**
     * Checks a text against the text policy of documents (above), for text that reaches the
     * library without a document, such as an id given to a builder: the same characters are
     * rejected, with the same words.
     *
     * @param text the text
     * @return what is wrong with the first character the policy rejects, naming its code point,
     *     or empty when the text is acceptable
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static java.util.Optional<String> textProblem(String text) {
        return java.util.Optional.ofNullable(TextPolicy.check(Objects.requireNonNull(text, "text")));
    }

    /** @return the default limits */
    public static ContentLimits defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the default limits */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from these limits */
    public Builder toBuilder() {
        return new Builder()
                .maxDocumentBytes(maxDocumentBytes)
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxListSize(maxListSize)
                .maxObjectSize(maxObjectSize)
                .maxValues(maxValues)
                .maxNumberLength(maxNumberLength)
                .maxNumberExponent(maxNumberExponent)
                .maxViolations(maxViolations);
    }

    /**
     * Returns the default limits with four bounds given: a shorthand of {@link #builder()}.
     *
     * @param maxDocumentBytes the largest document, in bytes
     * @param maxNestingDepth the deepest nesting of objects and lists (a role needs 5)
     * @param maxStringLength the longest string, in characters
     * @param maxListSize the most items in one list
     * @return the limits
     * @throws IllegalArgumentException naming each bound that is not positive
     */
    public static ContentLimits of(int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxListSize) {
        return builder()
                .maxDocumentBytes(maxDocumentBytes)
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxListSize(maxListSize)
                .build();
    }

    /** @return the largest document accepted, in bytes */
    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** @return the deepest nesting of objects and lists accepted */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** @return the longest string or field name accepted, in characters */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** @return the most items accepted in one list */
    public int maxListSize() {
        return maxListSize;
    }

    /** @return the most fields accepted in one object */
    public int maxObjectSize() {
        return maxObjectSize;
    }

    /** @return the most values accepted in one document, containers included */
    public int maxValues() {
        return maxValues;
    }

    /** @return the longest number accepted, in characters as written */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** @return the largest decimal exponent of a number accepted, positive or negative */
    public int maxNumberExponent() {
        return maxNumberExponent;
    }

    /** @return the most problems listed in one report; the rest are counted only */
    public int maxViolations() {
        return maxViolations;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ContentLimits limits
                && maxDocumentBytes == limits.maxDocumentBytes
                && maxNestingDepth == limits.maxNestingDepth
                && maxStringLength == limits.maxStringLength
                && maxListSize == limits.maxListSize
                && maxObjectSize == limits.maxObjectSize
                && maxValues == limits.maxValues
                && maxNumberLength == limits.maxNumberLength
                && maxNumberExponent == limits.maxNumberExponent
                && maxViolations == limits.maxViolations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentBytes, maxNestingDepth, maxStringLength, maxListSize, maxObjectSize,
                maxValues, maxNumberLength, maxNumberExponent, maxViolations);
    }

    @Override
    public String toString() {
        return "ContentLimits{maxDocumentBytes=" + maxDocumentBytes + ", maxNestingDepth=" + maxNestingDepth
                + ", maxStringLength=" + maxStringLength + ", maxListSize=" + maxListSize
                + ", maxObjectSize=" + maxObjectSize + ", maxValues=" + maxValues
                + ", maxNumberLength=" + maxNumberLength + ", maxNumberExponent=" + maxNumberExponent
                + ", maxViolations=" + maxViolations + "}";
    }

    /**
     * Configures {@link ContentLimits}; every bound starts at its default. {@link Integer#MAX_VALUE}
     * means "as large as the library supports" (see the class description).
     */
    public static final class Builder {
        private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxListSize = DEFAULT_MAX_LIST_SIZE;
        private int maxObjectSize = DEFAULT_MAX_OBJECT_SIZE;
        private int maxValues = DEFAULT_MAX_VALUES;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private int maxNumberExponent = DEFAULT_MAX_NUMBER_EXPONENT;
        private int maxViolations = DEFAULT_MAX_VIOLATIONS;

        private Builder() {}

        /**
         * Sets the largest document, in bytes.
         *
         * @param maxDocumentBytes the bound, positive
         * @return this builder
         */
        public Builder maxDocumentBytes(int maxDocumentBytes) {
            this.maxDocumentBytes = maxDocumentBytes;
            return this;
        }

        /**
         * Sets the deepest nesting of objects and lists (a role needs 5).
         *
         * @param maxNestingDepth the bound, positive
         * @return this builder
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /**
         * Sets the longest text or field name, in characters.
         *
         * @param maxStringLength the bound, positive
         * @return this builder
         */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = maxStringLength;
            return this;
        }

        /**
         * Sets the most items in one list.
         *
         * @param maxListSize the bound, positive
         * @return this builder
         */
        public Builder maxListSize(int maxListSize) {
            this.maxListSize = maxListSize;
            return this;
        }

        /**
         * Sets the most fields in one object.
         *
         * @param maxObjectSize the bound, positive
         * @return this builder
         */
        public Builder maxObjectSize(int maxObjectSize) {
            this.maxObjectSize = maxObjectSize;
            return this;
        }

        /**
         * Sets the most values in one document, objects and lists included: the bound on the memory a
         * document takes once parsed.
         *
         * @param maxValues the bound, positive
         * @return this builder
         */
        public Builder maxValues(int maxValues) {
            this.maxValues = maxValues;
            return this;
        }

        /**
         * Sets the longest number, in characters as written.
         *
         * @param maxNumberLength the bound, positive
         * @return this builder
         */
        public Builder maxNumberLength(int maxNumberLength) {
            this.maxNumberLength = maxNumberLength;
            return this;
        }

        /**
         * Sets the largest decimal exponent of a number, positive or negative.
         *
         * @param maxNumberExponent the bound, positive
         * @return this builder
         */
        public Builder maxNumberExponent(int maxNumberExponent) {
            this.maxNumberExponent = maxNumberExponent;
            return this;
        }

        /**
         * Sets the most problems listed in one report.
         *
         * @param maxViolations the bound, positive
         * @return this builder
         */
        public Builder maxViolations(int maxViolations) {
            this.maxViolations = maxViolations;
            return this;
        }

        /**
         * Builds the limits.
         *
         * @return the limits
         * @throws IllegalArgumentException naming each bound that is not positive
         */
        public ContentLimits build() {
            StringBuilder problems = new StringBuilder();
            requirePositive(problems, "maxDocumentBytes", maxDocumentBytes);
            requirePositive(problems, "maxNestingDepth", maxNestingDepth);
            requirePositive(problems, "maxStringLength", maxStringLength);
            requirePositive(problems, "maxListSize", maxListSize);
            requirePositive(problems, "maxObjectSize", maxObjectSize);
            requirePositive(problems, "maxValues", maxValues);
            requirePositive(problems, "maxNumberLength", maxNumberLength);
            requirePositive(problems, "maxNumberExponent", maxNumberExponent);
            requirePositive(problems, "maxViolations", maxViolations);
            if (problems.length() > 0) {
                throw new IllegalArgumentException("invalid content limits:" + problems);
            }
            return new ContentLimits(this);
        }

        private static void requirePositive(StringBuilder problems, String name, int value) {
            if (value <= 0) {
                problems.append(' ').append(name).append(" must be positive, was ").append(value).append(';');
            }
        }
    }
}
