package io.github.interviewkit.scoring;

import java.util.ArrayList;
import java.util.Objects;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.ContentLimits;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.UnreadableContentException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One interviewer's scorecard for one candidate at one interview stage: a {@link Rating} per
 * evaluation criterion of the role's rubric, the pitfalls the interviewer observed, the
 * interviewer's own overall vote, and what the host system keeps with it: notes per criterion,
 * shared and private notes, the {@linkplain #source() source system and its ids}, when and by
 * whom it was submitted, and free string metadata. None of these change a computed score.
 *
 * <p>A criterion missing from {@link #ratings()} counts as {@linkplain Rating#notAssessed() not
 * assessed}, exactly as an explicit "not assessed" does; neither is a low rating. The
 * {@linkplain #vote() vote} is recorded for comparison only: no built-in strategy feeds it into a
 * computed score.
 *
 * <p>{@link Builder#build()} checks what can be checked without the role (ids present, no repeated
 * pitfall, a vote that is a decided outcome) and throws one {@link ScoringInputException} listing
 * every problem. Whether the criteria, levels and pitfalls exist in the role is checked when the
 * scorecard joins a {@link Panel}; so is whether each criterion note names a criterion of the role.
 *
 * <p>{@link #toString()} names the candidate, the interviewer and the stage and counts the rest; it
 * never prints notes, private notes or metadata values, which are free text about a candidate.
 */
public abstract class Scorecard {
    Scorecard() {}

    /** @return the candidate's id in the host system; not blank */
    public abstract String candidateId();

    /** @return the interviewer's id in the host system; not blank, unique within a panel */
    public abstract String interviewerId();

    /**
     * @return the interview stage the scorecard comes from, named like question categories, e.g.
     *     {@link QuestionCategory#TECHNICAL}
     */
    public abstract QuestionCategory stage();

    /** @return the rating of each criterion the interviewer rated, by criterion id, in entry order */
    public abstract Map<String, Rating> ratings();

    /** @return ids of the role's pitfalls the interviewer observed, in entry order, without repeats */
    public abstract List<String> observedPitfalls();

    /** @return the interviewer's notes shared with the hiring team, if any; not blank */
    public abstract Optional<String> notes();

    /**
     * @return the interviewer's private notes, if any, kept apart from the {@linkplain #notes()
     *     shared notes}; not blank
     */
    public abstract Optional<String> privateNotes();

    /**
     * @return the interviewer's note on each criterion they wrote one for, by criterion id, in entry
     *     order; each id names a criterion of the role's rubric, each note is not blank
     */
    public abstract Map<String, String> criterionNotes();

    /** @return the system the scorecard was entered in and its ids, if known */
    public abstract Optional<ScorecardSource> source();

    /** @return when the scorecard was submitted, if known */
    public abstract Optional<Instant> submittedAt();

    /**
     * @return who submitted the scorecard in the host system, if known and recorded; may differ from
     *     the {@linkplain #interviewerId() interviewer}, e.g. a coordinator entering a paper
     *     scorecard; not blank
     */
    public abstract Optional<String> submittedBy();

    /** @return free string metadata of the host system, by key, in entry order; keys not blank */
    public abstract Map<String, String> metadata();

    /**
     * @return the interviewer's own overall vote, if given; a decided outcome, never
     *     {@link Recommendation#INCOMPLETE}. Recorded, never fed into a computed score.
     */
    public abstract Optional<Recommendation> vote();

    /**
     * Returns the rating of a criterion.
     *
     * @param criterionId a criterion id
     * @return the rating, or {@link Rating#notAssessed()} if the scorecard has none for it
     * @throws NullPointerException if {@code criterionId} is {@code null}
     */
    public final Rating rating(String criterionId) {
        Rating rating = ratings().get(Objects.requireNonNull(criterionId, "criterionId"));
        return rating == null ? Rating.notAssessed() : rating;
    }

    /**
     * Names the candidate, the interviewer and the stage and counts ratings, pitfalls and criterion
     * notes; never prints notes, private notes or metadata values.
     *
     * @return a description without free text about the candidate
     */
    @Override
    public String toString() {
        return "Scorecard{candidate=" + candidateId() + ", interviewer=" + interviewerId() + ", stage="
                + (stage() == null ? null : stage().id()) + ", ratings=" + ratings().size()
                + ", observedPitfalls=" + observedPitfalls().size() + ", criterionNotes=" + criterionNotes().size()
                + ", notes=" + (notes().isPresent() ? "present" : "none")
                + ", privateNotes=" + (privateNotes().isPresent() ? "present" : "none")
                + ", metadata keys=" + metadata().keySet() + "}";
    }


    /**
     * Reads a scorecard from JSON or YAML text (the fields of {@link ScorecardDocument}: those of
     * this type, ratings as {@code ratings: {criterion-id: level}}, criteria explicitly not assessed
     * as {@code notAssessed: [criterion-id]}, instants in ISO-8601). Whether the criteria exist in a
     * role is checked when the scorecard joins a {@link Panel}. Reading is bounded by
     * {@link ContentLimits#defaults()}; for other limits, or to ignore unknown fields, read with a
     * {@link DocumentCodec} of {@link #documentKind()}.
     *
     * @param text the document
     * @param format its format
     * @return the scorecard
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException listing every problem (syntax, unknown fields, wrong types,
     *     invalid values, limits) with its path and its line and column in the text
     */
    public static Scorecard read(String text, ContentFormat format) {
        return ScorecardDocument.CODEC.read(text, format);
    }

    /**
     * Reads a scorecard from a file, JSON or YAML by its extension ({@code .json}, {@code .yaml},
     * {@code .yml}).
     *
     * @param file the file
     * @return the scorecard
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws IllegalArgumentException if the file's extension names no format
     * @throws UnreadableContentException if the file is missing, not a regular file, or cannot be read
     * @throws ScoringInputException if the scorecard is invalid; every problem is listed
     */
    public static Scorecard read(Path file) {
        return ScorecardDocument.CODEC.read(file);
    }

    /**
     * Writes this scorecard as a document that {@link #read(String, ContentFormat)} reads back to an
     * equal scorecard: fields in a fixed order, maps sorted by key, absent optional attributes left
     * out. The document holds the notes, private notes and metadata: store it as candidate data.
     *
     * @param format the format
     * @return the document
     * @throws NullPointerException if {@code format} is {@code null}
     */
    public final String write(ContentFormat format) {
        return ScorecardDocument.CODEC.write(this, Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns the kind of document a scorecard is, for a {@link DocumentCodec} with limits of its
     * own or that ignores unknown fields: {@code DocumentCodec.builder(Scorecard.documentKind())}.
     *
     * @return the document kind; reading gives a {@link ScoringInputException} for an invalid scorecard
     */
    public static DocumentKind<Scorecard> documentKind() {
        return ScorecardDocument.INSTANCE;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Scorecard}; the candidate, the interviewer and the stage are required. Whether
     * the criteria, levels and pitfalls exist in the role is checked when the scorecard joins a {@link Panel}.
     */
    public static final class Builder {
        private @Nullable String candidateId;
        private @Nullable String interviewerId;
        private @Nullable QuestionCategory stage;
        private final Map<String, Rating> ratings = new LinkedHashMap<>();
        private final List<String> observedPitfalls = new ArrayList<>();
        private Optional<String> notes = Optional.empty();
        private Optional<Recommendation> vote = Optional.empty();
        private Optional<String> privateNotes = Optional.empty();
        private final Map<String, String> criterionNotes = new LinkedHashMap<>();
        private Optional<Parts.Part<ScorecardSource>> source = Optional.empty();
        private Optional<Instant> submittedAt = Optional.empty();
        private Optional<String> submittedBy = Optional.empty();
        private final Map<String, String> metadata = new LinkedHashMap<>();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(Scorecard value) {
            Objects.requireNonNull(value, "value");
            return candidateId(value.candidateId())
                    .interviewerId(value.interviewerId())
                    .stage(value.stage())
                    .ratings(value.ratings())
                    .observedPitfalls(value.observedPitfalls())
                    .notes(value.notes())
                    .vote(value.vote())
                    .privateNotes(value.privateNotes())
                    .criterionNotes(value.criterionNotes())
                    .source(value.source())
                    .submittedAt(value.submittedAt())
                    .submittedBy(value.submittedBy())
                    .metadata(value.metadata());
        }

        /**
         * Sets the candidate's id in the host system.
         *
         * @param candidateId the value
         * @return this builder
         * @throws NullPointerException if {@code candidateId} is {@code null}
         */
        public Builder candidateId(String candidateId) {
            this.candidateId = Objects.requireNonNull(candidateId, "candidateId");
            return this;
        }

        /**
         * Sets the interviewer's id in the host system.
         *
         * @param interviewerId the value
         * @return this builder
         * @throws NullPointerException if {@code interviewerId} is {@code null}
         */
        public Builder interviewerId(String interviewerId) {
            this.interviewerId = Objects.requireNonNull(interviewerId, "interviewerId");
            return this;
        }

        /**
         * Sets the interview stage the scorecard comes from.
         *
         * @param stage the value
         * @return this builder
         * @throws NullPointerException if {@code stage} is {@code null}
         */
        public Builder stage(QuestionCategory stage) {
            this.stage = Objects.requireNonNull(stage, "stage");
            return this;
        }

        /**
         * Puts one of the ratings, by criterion id, replacing any given for the same key.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putRatings(String key, Rating value) {
            this.ratings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Puts the ratings, by criterion id, replacing any given for the same keys.
         *
         * @param ratings the entries
         * @return this builder
         * @throws NullPointerException if {@code ratings} or a key or value in it is {@code null}
         */
        public Builder putAllRatings(Map<String, ? extends Rating> ratings) {
            Objects.requireNonNull(ratings, "ratings").forEach(this::putRatings);
            return this;
        }

        /**
         * Replaces the ratings, by criterion id.
         *
         * @param ratings the entries
         * @return this builder
         * @throws NullPointerException if {@code ratings} or a key or value in it is {@code null}
         */
        public Builder ratings(Map<String, ? extends Rating> ratings) {
            Objects.requireNonNull(ratings, "ratings");
            this.ratings.clear();
            return putAllRatings(ratings);
        }

        /**
         * Adds ids of the role's pitfalls the interviewer observed after those added so far.
         *
         * @param observedPitfalls the values
         * @return this builder
         * @throws NullPointerException if {@code observedPitfalls} or one of them is {@code null}
         */
        public Builder addObservedPitfalls(String... observedPitfalls) {
            Parts.addStrings(this.observedPitfalls, "observedPitfalls", observedPitfalls);
            return this;
        }

        /**
         * Adds ids of the role's pitfalls the interviewer observed after those added so far.
         *
         * @param observedPitfalls the values
         * @return this builder
         * @throws NullPointerException if {@code observedPitfalls} or one of them is {@code null}
         */
        public Builder addAllObservedPitfalls(Iterable<String> observedPitfalls) {
            Parts.addStrings(this.observedPitfalls, "observedPitfalls", observedPitfalls);
            return this;
        }

        /**
         * Replaces ids of the role's pitfalls the interviewer observed.
         *
         * @param observedPitfalls the values, in order
         * @return this builder
         * @throws NullPointerException if {@code observedPitfalls} or one of them is {@code null}
         */
        public Builder observedPitfalls(Iterable<String> observedPitfalls) {
            Objects.requireNonNull(observedPitfalls, "observedPitfalls");
            this.observedPitfalls.clear();
            return addAllObservedPitfalls(observedPitfalls);
        }

        /**
         * Sets the interviewer's notes.
         *
         * @param notes the value
         * @return this builder
         * @throws NullPointerException if {@code notes} is {@code null}
         */
        public Builder notes(String notes) {
            this.notes = Optional.of(Objects.requireNonNull(notes, "notes"));
            return this;
        }

        /**
         * Sets or clears the interviewer's notes.
         *
         * @param notes the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code notes} is {@code null}
         */
        public Builder notes(Optional<String> notes) {
            this.notes = Objects.requireNonNull(notes, "notes");
            return this;
        }

        /**
         * Sets the interviewer's private notes, kept apart from the shared notes.
         *
         * @param privateNotes the value
         * @return this builder
         * @throws NullPointerException if {@code privateNotes} is {@code null}
         */
        public Builder privateNotes(String privateNotes) {
            this.privateNotes = Optional.of(Objects.requireNonNull(privateNotes, "privateNotes"));
            return this;
        }

        /**
         * Sets or clears the interviewer's private notes.
         *
         * @param privateNotes the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code privateNotes} is {@code null}
         */
        public Builder privateNotes(Optional<String> privateNotes) {
            this.privateNotes = Objects.requireNonNull(privateNotes, "privateNotes");
            return this;
        }

        /**
         * Puts the interviewer's note on one criterion, replacing any given for it.
         *
         * @param criterionId the id of a criterion of the role's rubric
         * @param note the note
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putCriterionNotes(String criterionId, String note) {
            this.criterionNotes.put(Objects.requireNonNull(criterionId, "criterionId"), Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Replaces the interviewer's notes per criterion.
         *
         * @param criterionNotes the notes, by criterion id
         * @return this builder
         * @throws NullPointerException if {@code criterionNotes} or a key or value in it is {@code null}
         */
        public Builder criterionNotes(Map<String, String> criterionNotes) {
            Objects.requireNonNull(criterionNotes, "criterionNotes");
            Map<String, String> copy = new LinkedHashMap<>();
            criterionNotes.forEach((id, note) -> copy.put(Objects.requireNonNull(id, "criterionNotes key"),
                    Objects.requireNonNull(note, "criterionNotes value")));
            this.criterionNotes.clear();
            this.criterionNotes.putAll(copy);
            return this;
        }

        /**
         * Sets the system the scorecard was entered in and its ids.
         *
         * @param source the value
         * @return this builder
         * @throws NullPointerException if {@code source} is {@code null}
         */
        public Builder source(ScorecardSource source) {
            this.source = Optional.of(Parts.of(Objects.requireNonNull(source, "source")));
            return this;
        }

        /**
         * Sets or clears the system the scorecard was entered in and its ids.
         *
         * @param source the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code source} is {@code null}
         */
        public Builder source(Optional<ScorecardSource> source) {
            this.source = Objects.requireNonNull(source, "source").map(Parts::of);
            return this;
        }

        /**
         * Sets the source, to be built and checked with this value: its problems are reported under
         * {@code source}.
         *
         * @param builder the builder of the source; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder source(ScorecardSource.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.source = Optional.of(builder::tree);
            return this;
        }

        /**
         * Sets when the scorecard was submitted.
         *
         * @param submittedAt the value
         * @return this builder
         * @throws NullPointerException if {@code submittedAt} is {@code null}
         */
        public Builder submittedAt(Instant submittedAt) {
            this.submittedAt = Optional.of(Objects.requireNonNull(submittedAt, "submittedAt"));
            return this;
        }

        /**
         * Sets or clears when the scorecard was submitted.
         *
         * @param submittedAt the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code submittedAt} is {@code null}
         */
        public Builder submittedAt(Optional<Instant> submittedAt) {
            this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
            return this;
        }

        /**
         * Sets who submitted the scorecard in the host system.
         *
         * @param submittedBy the value
         * @return this builder
         * @throws NullPointerException if {@code submittedBy} is {@code null}
         */
        public Builder submittedBy(String submittedBy) {
            this.submittedBy = Optional.of(Objects.requireNonNull(submittedBy, "submittedBy"));
            return this;
        }

        /**
         * Sets or clears who submitted the scorecard in the host system.
         *
         * @param submittedBy the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code submittedBy} is {@code null}
         */
        public Builder submittedBy(Optional<String> submittedBy) {
            this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
            return this;
        }

        /**
         * Puts one metadata entry, replacing any given for the same key.
         *
         * @param key the key, not blank
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putMetadata(String key, String value) {
            this.metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Replaces the metadata.
         *
         * @param metadata the entries
         * @return this builder
         * @throws NullPointerException if {@code metadata} or a key or value in it is {@code null}
         */
        public Builder metadata(Map<String, String> metadata) {
            Objects.requireNonNull(metadata, "metadata");
            Map<String, String> copy = new LinkedHashMap<>();
            metadata.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "metadata key"),
                    Objects.requireNonNull(value, "metadata value")));
            this.metadata.clear();
            this.metadata.putAll(copy);
            return this;
        }

        /**
         * Sets the interviewer's own overall vote.
         *
         * @param vote the value
         * @return this builder
         * @throws NullPointerException if {@code vote} is {@code null}
         */
        public Builder vote(Recommendation vote) {
            this.vote = Optional.of(Objects.requireNonNull(vote, "vote"));
            return this;
        }

        /**
         * Sets or clears the interviewer's own overall vote.
         *
         * @param vote the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code vote} is {@code null}
         */
        public Builder vote(Optional<Recommendation> vote) {
            this.vote = Objects.requireNonNull(vote, "vote");
            return this;
        }
        /**
         * Rates a criterion at a level: the same as {@code putRatings(criterionId, Rating.of(level))}.
         *
         * @param criterionId the id of a criterion of the role's rubric
         * @param level a level of the role's rating scale
         * @return this builder
         * @throws NullPointerException if {@code criterionId} is {@code null}
         */
        public Builder rate(String criterionId, int level) {
            return putRatings(Objects.requireNonNull(criterionId, "criterionId"), Rating.of(level));
        }

        /**
         * Records that a criterion was not assessed; the same as leaving it out.
         *
         * @param criterionId the id of a criterion of the role's rubric
         * @return this builder
         * @throws NullPointerException if {@code criterionId} is {@code null}
         */
        public Builder notAssessed(String criterionId) {
            return putRatings(Objects.requireNonNull(criterionId, "criterionId"), Rating.notAssessed());
        }


        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ScoringInputException listing every problem of the value and of the parts built with it
         */
        public Scorecard build() {
            return Violations.build("Scorecard", ScoringInputException::new, this::tree);
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Scorecard> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        @Nullable Scorecard tree(ViolationSink out) {

            Scorecard scorecard = new ImmutableScorecard.Builder()
                    .candidateId(candidateId)
                    .interviewerId(interviewerId)
                    .stage(stage)
                    .putAllRatings(ratings)
                    .addAllObservedPitfalls(observedPitfalls)
                    .notes(notes)
                    .vote(vote)
                    .privateNotes(privateNotes)
                    .putAllCriterionNotes(criterionNotes)
                    .source(source.isPresent() ? Optional.ofNullable(source.get().build(out.under("source"))) : Optional.empty())
                    .submittedAt(submittedAt)
                    .submittedBy(submittedBy)
                    .putAllMetadata(metadata)
                    .build();
            InputRules.scorecard(scorecard, out);
            return scorecard;
        }
    }
}
