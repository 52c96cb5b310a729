package io.github.interviewkit.interop;

import java.util.Objects;

/**
 * Something an import did that its caller should know although it is not a problem: a rating
 * mapped through a label the mapping declares lossy, or an attribute skipped because the mapping
 * ignores it. It names the place in the source as a JSON Pointer (for a CSV file, into the list of
 * its data rows: {@code /3/rating} is the rating column of the fourth row after the header).
 */
public final class ImportNote {
    /** What an import note is about. */
    public enum Kind {
        /** A rating mapped through a label the mapping declares lossy. */
        LOSSY_RATING,
        /** An attribute the mapping does not map and ignores. */
        IGNORED_ATTRIBUTE
    }

    private final Kind kind;
    private final String pointer;
    private final String sourceValue;
    private final String message;

    private ImportNote(Kind kind, String pointer, String sourceValue, String message) {
        this.kind = kind;
        this.pointer = pointer;
        this.sourceValue = sourceValue;
        this.message = message;
    }

    static ImportNote of(Kind kind, String path, String sourceValue, String message) {
        return new ImportNote(kind, SourcePaths.pointer(path), sourceValue, message);
    }

    /** @return what the note is about */
    public Kind kind() {
        return kind;
    }

    /** @return where in the source, as a JSON Pointer */
    public String pointer() {
        return pointer;
    }

    /** @return the source's value there: the rating label, or the attribute's name */
    public String sourceValue() {
        return sourceValue;
    }

    /** @return what the import did, for people */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportNote note && kind == note.kind && pointer.equals(note.pointer)
                && sourceValue.equals(note.sourceValue) && message.equals(note.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, pointer, sourceValue, message);
    }

    /** @return the kind, the pointer and the message; never free text about a candidate */
    @Override
    public String toString() {
        return kind + " at " + pointer + ": " + message;
    }
}
