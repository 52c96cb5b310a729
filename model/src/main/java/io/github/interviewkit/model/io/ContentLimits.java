package io.github.interviewkit.model.io;

/**
 * Bounds on an untrusted document, checked while it is read. A document past a bound is rejected
 * with a {@link io.github.interviewkit.model.ContentException} that names the bound. YAML aliases
 * ({@code *name}) are always rejected: content never needs them, and expanding them is how small
 * documents become huge ones.
 *
 * <p>The defaults suit hand-written content comfortably: {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes,
 * nesting depth {@value #DEFAULT_MAX_NESTING_DEPTH}, strings of {@value #DEFAULT_MAX_STRING_LENGTH}
 * characters, lists of {@value #DEFAULT_MAX_LIST_SIZE} items.
 */
public final class ContentLimits {
    /** The default maximum size of a document, in bytes: 4 MiB. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** The default maximum depth of nested objects and lists. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** The default maximum length of one string, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 20_000;
    /** The default maximum number of items in one list. */
    public static final int DEFAULT_MAX_LIST_SIZE = 10_000;

    private static final ContentLimits DEFAULTS = new ContentLimits(DEFAULT_MAX_DOCUMENT_BYTES,
            DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_LIST_SIZE);

    private final int maxDocumentBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxListSize;

    private ContentLimits(int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxListSize) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxNestingDepth = maxNestingDepth;
        this.maxStringLength = maxStringLength;
        this.maxListSize = maxListSize;
    }

    /** @return the default limits */
    public static ContentLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns limits with every bound given.
     *
     * @param maxDocumentBytes the largest document, in bytes
     * @param maxNestingDepth the deepest nesting of objects and lists (a role needs 5)
     * @param maxStringLength the longest string, in characters
     * @param maxListSize the most items in one list
     * @return the limits
     * @throws IllegalArgumentException naming each bound that is not positive
     */
    public static ContentLimits of(int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxListSize) {
        StringBuilder problems = new StringBuilder();
        requirePositive(problems, "maxDocumentBytes", maxDocumentBytes);
        requirePositive(problems, "maxNestingDepth", maxNestingDepth);
        requirePositive(problems, "maxStringLength", maxStringLength);
        requirePositive(problems, "maxListSize", maxListSize);
        if (problems.length() > 0) {
            throw new IllegalArgumentException("invalid content limits:" + problems);
        }
        return new ContentLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxListSize);
    }

    private static void requirePositive(StringBuilder problems, String name, int value) {
        if (value <= 0) {
            problems.append(' ').append(name).append(" must be positive, was ").append(value).append(';');
        }
    }

    /** @return the largest document accepted, in bytes */
    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** @return the deepest nesting of objects and lists accepted */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** @return the longest string accepted, in characters */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** @return the most items accepted in one list */
    public int maxListSize() {
        return maxListSize;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentLimits limits
                && maxDocumentBytes == limits.maxDocumentBytes
                && maxNestingDepth == limits.maxNestingDepth
                && maxStringLength == limits.maxStringLength
                && maxListSize == limits.maxListSize;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(maxDocumentBytes, maxNestingDepth, maxStringLength, maxListSize);
    }

    @Override
    public String toString() {
        return "ContentLimits{maxDocumentBytes=" + maxDocumentBytes + ", maxNestingDepth=" + maxNestingDepth
                + ", maxStringLength=" + maxStringLength + ", maxListSize=" + maxListSize + "}";
    }
}
