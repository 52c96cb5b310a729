package io.github.interviewkit.model;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a role's content comes from, and which parts are quoted from that source and which were
 * added by the content's authors, so that a reader can tell the source's words from ours.
 */
public abstract class SourceAttribution {
    SourceAttribution() {}

    /** @return the source's title */
    @NotBlank
    public abstract String title();

    /** @return a citation or address of the source, if there is one */
    public abstract Optional<@NotBlankIfPresent String> reference();

    /** @return the parts of the content quoted verbatim from the source, e.g. {@code questions[*].text}, each not blank */
    public abstract List<String> quoted();

    /** @return the parts of the content the authors added, e.g. {@code rubric.criteria[*].anchors}, each not blank */
    public abstract List<String> authored();

    /** @return a note about the source or how it was used, if any */
    public abstract Optional<@NotBlankIfPresent String> note();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SourceAttribution}; the title is required, everything else optional. */
    public static final class Builder {
        private @Nullable String title;
        private Optional<String> reference = Optional.empty();
        private final List<String> quoted = new ArrayList<>();
        private final List<String> authored = new ArrayList<>();
        private Optional<String> note = Optional.empty();

        Builder() {}

        /**
         * Copies every attribute of an attribution.
         *
         * @param source the attribution to start from
         * @return this builder
         * @throws NullPointerException if {@code source} is {@code null}
         */
        public Builder from(SourceAttribution source) {
            Objects.requireNonNull(source, "source");
            return title(source.title()).reference(source.reference()).note(source.note())
                    .quoted(source.quoted()).authored(source.authored());
        }

        /**
         * Sets the source's title.
         *
         * @param title the title
         * @return this builder
         * @throws NullPointerException if {@code title} is {@code null}
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets the citation or address of the source.
         *
         * @param reference the reference
         * @return this builder
         * @throws NullPointerException if {@code reference} is {@code null}
         */
        public Builder reference(String reference) {
            this.reference = Optional.of(Objects.requireNonNull(reference, "reference"));
            return this;
        }

        /**
         * Sets or clears the citation or address of the source.
         *
         * @param reference the reference, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code reference} is {@code null}
         */
        public Builder reference(Optional<String> reference) {
            this.reference = Objects.requireNonNull(reference, "reference");
            return this;
        }

        /**
         * Adds parts of the content that are quoted from the source.
         *
         * @param quoted content paths such as {@code questions[*].text}
         * @return this builder
         * @throws NullPointerException if {@code quoted} or one of them is {@code null}
         */
        public Builder addQuoted(String... quoted) {
            Tree.addStrings(this.quoted, "quoted", quoted);
            return this;
        }

        /**
         * Adds parts of the content that are quoted from the source.
         *
         * @param quoted content paths such as {@code questions[*].text}
         * @return this builder
         * @throws NullPointerException if {@code quoted} or one of them is {@code null}
         */
        public Builder addAllQuoted(Iterable<String> quoted) {
            Tree.addStrings(this.quoted, "quoted", quoted);
            return this;
        }

        /**
         * Replaces the parts of the content that are quoted from the source.
         *
         * @param quoted content paths such as {@code questions[*].text}
         * @return this builder
         * @throws NullPointerException if {@code quoted} or one of them is {@code null}
         */
        public Builder quoted(Iterable<String> quoted) {
            Objects.requireNonNull(quoted, "quoted");
            this.quoted.clear();
            return addAllQuoted(quoted);
        }

        /**
         * Adds parts of the content that the authors added.
         *
         * @param authored content paths such as {@code rubric.criteria[*].anchors}
         * @return this builder
         * @throws NullPointerException if {@code authored} or one of them is {@code null}
         */
        public Builder addAuthored(String... authored) {
            Tree.addStrings(this.authored, "authored", authored);
            return this;
        }

        /**
         * Adds parts of the content that the authors added.
         *
         * @param authored content paths such as {@code rubric.criteria[*].anchors}
         * @return this builder
         * @throws NullPointerException if {@code authored} or one of them is {@code null}
         */
        public Builder addAllAuthored(Iterable<String> authored) {
            Tree.addStrings(this.authored, "authored", authored);
            return this;
        }

        /**
         * Replaces the parts of the content that the authors added.
         *
         * @param authored content paths such as {@code rubric.criteria[*].anchors}
         * @return this builder
         * @throws NullPointerException if {@code authored} or one of them is {@code null}
         */
        public Builder authored(Iterable<String> authored) {
            Objects.requireNonNull(authored, "authored");
            this.authored.clear();
            return addAllAuthored(authored);
        }

        /**
         * Sets a note about the source or how it was used.
         *
         * @param note the note
         * @return this builder
         * @throws NullPointerException if {@code note} is {@code null}
         */
        public Builder note(String note) {
            this.note = Optional.of(Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Sets or clears the note about the source.
         *
         * @param note the note, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code note} is {@code null}
         */
        public Builder note(Optional<String> note) {
            this.note = Objects.requireNonNull(note, "note");
            return this;
        }

        /**
         * Builds the attribution.
         *
         * @return the attribution
         * @throws ContentException listing every problem
         */
        public SourceAttribution build() {
            return Tree.root(this::tree, "SourceAttribution");
        }

        /**
         * Builds the attribution, or reports every problem.
         *
         * @param problems where the problems go, with paths relative to the attribution
         * @return the attribution, or empty when it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<SourceAttribution> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        SourceAttribution tree(ViolationSink out, boolean check) {
            SourceAttribution source = new ImmutableSourceAttribution.Builder().title(title).reference(reference)
                    .addAllQuoted(quoted).addAllAuthored(authored).note(note).build();
            if (check) {
                ModelRules.source(source, out);
            }
            return source;
        }
    }
}
