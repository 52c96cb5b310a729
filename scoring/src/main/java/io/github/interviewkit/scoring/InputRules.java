package io.github.interviewkit.scoring;

import io.github.interviewkit.model.internal.ContentNames;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.internal.ModelValidation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The validity rules of scorecards and panels; every problem is collected before one is thrown. */
final class InputRules {
    private InputRules() {}

    /** Runs rules and throws one {@link ScoringInputException} if any of them found a problem. */
    static void requireValid(String subject, Consumer<List<Violation>> rules) {
        if (ModelValidation.checksDeferred()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        rules.accept(violations);
        if (!violations.isEmpty()) {
            throw new ScoringInputException(subject, ModelValidation.sorted(violations));
        }
    }

    /** The rules a scorecard obeys on its own, with paths under {@code path}. */
    static void scorecard(Scorecard card, String path, List<Violation> out) {
        notBlank(card.candidateId(), ContentNames.join(path, "candidateId"), out);
        notBlank(card.interviewerId(), ContentNames.join(path, "interviewerId"), out);
        if (card.stage() == null) {
            out.add(Violation.of(ContentNames.join(path, "stage"), null, "is required"));
        }
        for (Map.Entry<String, Rating> entry : card.ratings().entrySet()) {
            String at = ContentNames.join(path, "ratings[" + entry.getKey() + "]");
            if (entry.getKey() == null) {
                out.add(Violation.of(at, entry.getValue(), "names no criterion: the criterion id is missing"));
            }
            if (entry.getValue() == null) {
                out.add(Violation.of(at, null, "is required: rate the criterion or mark it not assessed"));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> pitfalls = card.observedPitfalls();
        for (int i = 0; i < pitfalls.size(); i++) {
            String at = ContentNames.join(path, "observedPitfalls[" + i + "]");
            String id = pitfalls.get(i);
            if (id == null) {
                out.add(Violation.of(at, null, "is required"));
                continue;
            }
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                out.add(Violation.of(at, id, "repeats observedPitfalls[" + first + "]"));
            }
        }
        card.notes().ifPresent(notes -> notBlank(notes, ContentNames.join(path, "notes"), out));
        if (card.vote().isPresent() && !card.vote().get().isDecided()) {
            out.add(Violation.of(ContentNames.join(path, "vote"), card.vote().get().id(),
                    "must be a decided outcome: strong-hire, hire, no-hire or strong-no-hire"));
        }
    }

    /** The rules of a panel: at least one scorecard, each consistent with the role and the others. */
    static void panel(Panel panel, List<Violation> out) {
        Role role = panel.role();
        if (role == null) {
            out.add(Violation.of("role", null, "is required"));
        }
        List<Scorecard> cards = panel.scorecards();
        if (cards.isEmpty()) {
            out.add(Violation.of("scorecards", "0 scorecards", "a panel needs at least one scorecard"));
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
        Map<String, Integer> interviewers = new HashMap<>();
        String candidate = null;
        for (int c = 0; c < cards.size(); c++) {
            String at = "scorecards[" + c + "]";
            Scorecard card = cards.get(c);
            if (card == null) {
                out.add(Violation.of(at, null, "is required"));
                continue;
            }
            if (candidate == null) {
                candidate = card.candidateId();
            } else if (card.candidateId() != null && !candidate.equals(card.candidateId())) {
                out.add(Violation.of(at + ".candidateId", card.candidateId(),
                        "differs from the candidate of the panel's first scorecard \"" + candidate + "\""));
            }
            if (card.interviewerId() != null) {
                Integer first = interviewers.putIfAbsent(card.interviewerId(), c);
                if (first != null) {
                    out.add(Violation.of(at + ".interviewerId", card.interviewerId(),
                            "repeats the interviewer of scorecards[" + first + "]; one scorecard per interviewer"));
                }
            }
            if (role == null) {
                continue;
            }
            for (Map.Entry<String, Rating> entry : card.ratings().entrySet()) {
                String key = entry.getKey();
                if (key == null) {
                    continue;
                }
                String ratingAt = at + ".ratings[" + key + "]";
                if (!criteria.contains(key)) {
                    out.add(Violation.of(ratingAt, key, "names no evaluation criterion of role '" + role.id() + "'"));
                }
                Rating rating = entry.getValue();
                if (rating != null && rating.isAssessed() && !levels.contains(rating.value().getAsInt())) {
                    out.add(Violation.of(ratingAt, rating.value().getAsInt(), "is not a level of the scale " + levels));
                }
            }
            List<String> observed = card.observedPitfalls();
            for (int p = 0; p < observed.size(); p++) {
                String id = observed.get(p);
                if (id != null && !pitfalls.contains(id)) {
                    out.add(Violation.of(at + ".observedPitfalls[" + p + "]", id,
                            "names no pitfall of role '" + role.id() + "'"));
                }
            }
        }
    }

    private static void notBlank(String text, String path, List<Violation> out) {
        if (text == null) {
            out.add(Violation.of(path, null, "is required"));
        } else if (text.isBlank()) {
            out.add(Violation.of(path, text, "must not be blank"));
        }
    }

}
