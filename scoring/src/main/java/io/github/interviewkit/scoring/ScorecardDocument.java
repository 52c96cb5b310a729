package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The document form of a {@link Scorecard}, read and written by the model's {@link DocumentCodec}:
 * ratings as a map of criterion id to level, sorted by id, criteria explicitly not assessed as the
 * list {@code notAssessed}, the source as an object binding into its builder, instants in ISO-8601
 * ({@code 2026-03-01T10:15:30Z}); absent optional attributes are not written. {@link PanelDocument}
 * reads and writes each of its scorecards with the same two methods.
 */
final class ScorecardDocument implements DocumentKind<Scorecard> {
    static final ScorecardDocument INSTANCE = new ScorecardDocument();
    static final DocumentCodec<Scorecard> CODEC = DocumentCodec.of(INSTANCE);

    private ScorecardDocument() {}

    @Override
    public String name() {
        return "scorecard";
    }

    @Override
    public ContentException invalid(String source, Violations problems) {
        return new ScoringInputException(source, problems);
    }

    @Override
    public Binding<Scorecard> bind(FieldReader f) {
        Scorecard.Builder card = Scorecard.builder();
        bind(f, card);
        return card::tryBuild;
    }

    /** Binds the fields of one scorecard object into a builder. */
    static void bind(FieldReader f, Scorecard.Builder card) {
        f.string("candidateId", card::candidateId);
        f.string("interviewerId", card::interviewerId);
        f.id("stage", QuestionCategory::of, "a stage id, a slug such as technical", card::stage);
        f.entries("ratings", "criterion id", (id, value) -> value.integer(level -> card.rate(id, level)));
        f.strings("notAssessed", card::notAssessed);
        f.strings("observedPitfalls", card::addObservedPitfalls);
        f.constant("vote", Recommendation.values(), Recommendation::id, card::vote);
        f.string("notes", card::notes);
        f.string("privateNotes", card::privateNotes);
        f.entries("criterionNotes", "criterion id", (id, value) -> value.string(note -> card.putCriterionNotes(id, note)));
        f.object("source", s -> {
            ScorecardSource.Builder source = ScorecardSource.builder();
            s.string("system", source::system);
            s.string("scorecardId", source::scorecardId);
            s.string("applicationId", source::applicationId);
            s.string("interviewId", source::interviewId);
            card.source(source);
        });
        f.id("submittedAt", ScorecardDocument::instant, "an ISO-8601 instant such as 2026-03-01T10:15:30Z",
                card::submittedAt);
        f.string("submittedBy", card::submittedBy);
        f.entries("metadata", "metadata key", (key, value) -> value.string(text -> card.putMetadata(key, text)));
    }

    static @Nullable Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void write(Scorecard card, FieldWriter w) {
        writeCard(card, w);
    }

    /** Writes the fields of one scorecard object. */
    static void writeCard(Scorecard card, FieldWriter w) {
        Map<String, Integer> levels = new TreeMap<>();
        List<String> notAssessed = new ArrayList<>();
        card.ratings().forEach((id, rating) -> {
            if (rating.isAssessed()) {
                levels.put(id, rating.value().getAsInt());
            } else {
                notAssessed.add(id);
            }
        });
        notAssessed.sort(null);
        w.string("candidateId", card.candidateId())
                .string("interviewerId", card.interviewerId())
                .string("stage", card.stage().id())
                .entries("ratings", levels, (map, id, level) -> map.integer(id, level));
        if (!notAssessed.isEmpty()) {
            w.strings("notAssessed", notAssessed);
        }
        if (!card.observedPitfalls().isEmpty()) {
            w.strings("observedPitfalls", card.observedPitfalls());
        }
        card.vote().ifPresent(vote -> w.string("vote", vote.id()));
        w.string("notes", card.notes()).string("privateNotes", card.privateNotes());
        if (!card.criterionNotes().isEmpty()) {
            w.entries("criterionNotes", new TreeMap<>(card.criterionNotes()), (map, id, note) -> map.string(id, note));
        }
        card.source().ifPresent(source -> w.object("source", s -> s
                .string("system", source.system())
                .string("scorecardId", source.scorecardId())
                .string("applicationId", source.applicationId())
                .string("interviewId", source.interviewId())));
        card.submittedAt().ifPresent(at -> w.string("submittedAt", at.toString()));
        w.string("submittedBy", card.submittedBy());
        if (!card.metadata().isEmpty()) {
            w.entries("metadata", new TreeMap<>(card.metadata()), (map, key, value) -> map.string(key, value));
        }
    }
}
