package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.io.ContentLimits;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The validity rules of scorecards and panels, reporting into a sink: a panel's rules check how its
 * scorecards fit the role and each other, never a scorecard's own rules, which ran when it was built.
 */
final class InputRules {
    private InputRules() {}

    /**
     * The longest text a scorecard or policy holds, as long as a document may write it
     * ({@link ContentLimits#DEFAULT_MAX_STRING_LENGTH}).
     */
    static final int MAX_TEXT = ContentLimits.DEFAULT_MAX_STRING_LENGTH;

    /** The rules a scorecard obeys on its own. */
    static void scorecard(Scorecard card, ViolationSink out) {
        notBlank(card.candidateId(), "candidateId", out);
        notBlank(card.interviewerId(), "interviewerId", out);
        singleLine(card.candidateId(), "candidateId", out);
        singleLine(card.interviewerId(), "interviewerId", out);
        card.observedPitfalls().forEach(id -> singleLine(id, "observedPitfalls[" + id + "]", out));
        card.ratings().keySet().forEach(id -> singleLine(id, "ratings[" + id + "]", out));
        card.notes().ifPresent(notes -> text(notes, "notes", out));
        card.privateNotes().ifPresent(notes -> text(notes, "privateNotes", out));
        card.criterionNotes().forEach((id, note) -> {
            singleLine(id, "criterionNotes[" + id + "]", out);
            text(note, "criterionNotes[" + id + "]", out);
        });
        card.submittedBy().ifPresent(by -> singleLine(by, "submittedBy", out));
        card.metadata().forEach((key, value) -> {
            singleLine(key, "metadata[" + key + "]", out);
            text(value, "metadata[" + key + "]", out);
        });
        if (card.stage() == null) {
            out.add("stage", null, "is required");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> pitfalls = card.observedPitfalls();
        for (int i = 0; i < pitfalls.size(); i++) {
            String id = pitfalls.get(i);
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                out.add("observedPitfalls[" + i + "]", id, "repeats observedPitfalls[" + first + "]");
            }
        }
        card.notes().ifPresent(notes -> notBlank(notes, "notes", out));
        card.privateNotes().ifPresent(notes -> notBlank(notes, "privateNotes", out));
        card.criterionNotes().forEach((id, note) -> {
            if (id.isBlank()) {
                out.add("criterionNotes[" + id + "]", id, "must not be blank");
            }
            if (note.isBlank()) {
                out.add("criterionNotes[" + id + "]", note, "must not be blank");
            }
        });
        card.submittedBy().ifPresent(by -> notBlank(by, "submittedBy", out));
        card.metadata().keySet().forEach(key -> {
            if (key.isBlank()) {
                out.add("metadata[" + key + "]", key, "a metadata key must not be blank");
            }
        });
        if (card.vote().isPresent() && !card.vote().get().isDecided()) {
            out.add("vote", card.vote().get().id(), "must be a decided outcome: strong-hire, hire, no-hire or strong-no-hire");
        }
    }

    /** The rules of a panel: at least one scorecard, each consistent with the role and the others. */
    static void panel(Panel panel, ViolationSink out) {
        Role role = panel.role();
        if (role == null) {
            out.add("role", null, "is required");
        }
        List<Scorecard> cards = panel.scorecards();
        if (cards.isEmpty()) {
            out.add("scorecards", "0 scorecards", "a panel needs at least one scorecard");
            return;
        }
        Set<String> criteria = new HashSet<>();
        Set<String> pitfalls = new HashSet<>();
        Set<Integer> levels = new java.util.TreeSet<>();
        if (role != null) {
            role.rubric().criteria().forEach(criterion -> criteria.add(criterion.id()));
            role.pitfalls().forEach(pitfall -> pitfalls.add(pitfall.id()));
            for (RatingLevel level : role.rubric().scale().levels()) {
                levels.add(level.value());
            }
        }
        Map<String, Integer> stagesSeen = new HashMap<>();
        String candidate = null;
        for (int c = 0; c < cards.size(); c++) {
            String at = "scorecards[" + c + "]";
            Scorecard card = cards.get(c);
            if (candidate == null) {
                candidate = card.candidateId();
            } else if (card.candidateId() != null && !candidate.equals(card.candidateId())) {
                out.add(at + ".candidateId", card.candidateId(),
                        "differs from the candidate of the panel's first scorecard " + Violation.shown(candidate));
            }
            if (card.interviewerId() != null && card.stage() != null) {
                Integer first = stagesSeen.putIfAbsent(card.interviewerId() + "\u0000" + card.stage().id(), c);
                if (first != null) {
                    out.add(at + ".interviewerId", card.interviewerId(),
                            "repeats the interviewer and stage of scorecards[" + first + "]; one scorecard per interviewer and stage");
                }
            }
            if (role == null) {
                continue;
            }
            for (Map.Entry<String, Rating> entry : card.ratings().entrySet()) {
                String key = entry.getKey();
                String ratingAt = at + ".ratings[" + key + "]";
                if (!criteria.contains(key)) {
                    out.add(ratingAt, key, "names no evaluation criterion of role '" + role.id() + "'");
                }
                Rating rating = entry.getValue();
                if (rating != null && rating.isAssessed() && !levels.contains(rating.value().getAsInt())) {
                    out.add(ratingAt, rating.value().getAsInt(), "is not a level of the scale " + levels);
                }
            }
            for (String key : card.criterionNotes().keySet()) {
                if (!criteria.contains(key)) {
                    out.add(at + ".criterionNotes[" + key + "]", key, "names no evaluation criterion of role '" + role.id() + "'");
                }
            }
            List<String> observed = card.observedPitfalls();
            for (int p = 0; p < observed.size(); p++) {
                String id = observed.get(p);
                if (!pitfalls.contains(id)) {
                    out.add(at + ".observedPitfalls[" + p + "]", id, "names no pitfall of role '" + role.id() + "'");
                }
            }
        }
    }

    /** The rules of a scorecard's source. */
    static void source(ScorecardSource source, ViolationSink out) {
        notBlank(source.system(), "system", out);
        singleLine(source.system(), "system", out);
        source.scorecardId().ifPresent(id -> singleLine(id, "scorecardId", out));
        source.applicationId().ifPresent(id -> singleLine(id, "applicationId", out));
        source.interviewId().ifPresent(id -> singleLine(id, "interviewId", out));
        source.scorecardId().ifPresent(id -> notBlank(id, "scorecardId", out));
        source.applicationId().ifPresent(id -> notBlank(id, "applicationId", out));
        source.interviewId().ifPresent(id -> notBlank(id, "interviewId", out));
    }

    /**
     * A text as a document may hold it: the text policy of documents ({@link ContentLimits}) and
     * at most {@link #MAX_TEXT} characters, so that a text built in code is what a document would read.
     */
    static void text(@Nullable String text, String path, ViolationSink out) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_TEXT) {
            out.add(path, text, "is " + text.length() + " characters long; a text holds at most " + MAX_TEXT
                    + " (ContentLimits.DEFAULT_MAX_STRING_LENGTH)");
            return;
        }
        ContentLimits.textProblem(text).ifPresent(problem -> out.add(path, text, problem));
    }

    /** An id or a one-line field: a {@linkplain #text text} without line breaks or tabs; one problem at most. */
    static void singleLine(@Nullable String text, String path, ViolationSink out) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length() && text.length() <= MAX_TEXT; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.add(path, text, "holds a line break or tab (" + String.format(java.util.Locale.ROOT, "U+%04X", (int) c)
                        + "); an id or a one-line field is one line");
                return;
            }
        }
        text(text, path, out);
    }

    private static void notBlank(@Nullable String text, String path, ViolationSink out) {
        if (text == null) {
            out.add(path, null, "is required");
        } else if (text.isBlank()) {
            out.add(path, text, "must not be blank");
        }
    }

}
