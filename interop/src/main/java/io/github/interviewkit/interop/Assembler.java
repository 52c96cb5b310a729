package io.github.interviewkit.interop;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Scorecard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns source scorecards into panels through a mapping, the one place every importer shares:
 * each value is mapped and checked where it is in the source, scorecards are grouped into a panel
 * per application, and the panels are built and checked against the role. Every problem goes to
 * the sink, at its source path; a panel is produced only when the whole import has none.
 */
final class Assembler {
    private final Role role;
    private final ImportMapping mapping;

    Assembler(Role role, ImportMapping mapping) {
        this.role = role;
        this.mapping = mapping;
    }

    Optional<ImportReport> assemble(List<SourceScorecard> cards, ViolationSink sink) {
        int[] found = {0};
        ViolationSink out = violation -> {
            found[0]++;
            sink.add(violation);
        };
        List<ImportNote> lossy = new ArrayList<>();
        List<ImportNote> ignored = new ArrayList<>();
        Map<String, List<SourceScorecard>> byApplication = new LinkedHashMap<>();
        Map<SourceScorecard, Scorecard.Builder> builders = new HashMap<>();
        Map<String, String> scorecardIds = new HashMap<>();
        java.util.Set<String> broken = new java.util.HashSet<>();
        for (SourceScorecard card : cards) {
            int before = found[0];
            if (card.scorecardId != null) {
                String first = scorecardIds.putIfAbsent(card.scorecardId, card.path);
                if (first != null) {
                    out.add(card.at("id"), card.scorecardId, "repeats the scorecard at " + SourcePaths.pointer(first)
                            + "; a duplicate submission");
                }
            }
            builders.put(card, scorecard(card, out, lossy, ignored));
            if (found[0] > before && card.applicationId != null) {
                // Its panel would only repeat the problems as consequences.
                broken.add(card.applicationId);
            }
            if (card.applicationId == null) {
                out.add(card.applicationPath, null, "is required: scorecards are grouped into a panel per application");
            } else {
                byApplication.computeIfAbsent(card.applicationId, id -> new ArrayList<>()).add(card);
            }
        }
        Map<String, Panel> panels = new LinkedHashMap<>();
        byApplication.forEach((application, members) -> {
            if (!consistent(application, members, out) || broken.contains(application)) {
                return;
            }
            Panel.Builder panel = Panel.builder().role(role);
            for (SourceScorecard card : members) {
                panel.addScorecards(builders.get(card));
            }
            panel.tryBuild(underCards(members, out)).ifPresent(built -> panels.put(application, built));
        });
        return found[0] == 0 ? Optional.of(new ImportReport(panels, lossy, ignored)) : Optional.empty();
    }

    /** One candidate per application, and one scorecard per interviewer and stage. */
    private boolean consistent(String application, List<SourceScorecard> members, ViolationSink out) {
        boolean consistent = true;
        SourceScorecard first = members.get(0);
        Map<String, SourceScorecard> submissions = new HashMap<>();
        for (SourceScorecard card : members) {
            if (card.candidateId != null && first.candidateId != null && !card.candidateId.equals(first.candidateId)) {
                out.add(card.candidatePath, card.candidateId, "differs from the candidate \"" + first.candidateId
                        + "\" of application " + application + " (" + SourcePaths.pointer(first.path) + ")");
                consistent = false;
            }
            if (card.interviewerId != null && card.stageName != null) {
                SourceScorecard earlier = submissions.putIfAbsent(card.interviewerId + "\n" + card.stageName, card);
                if (earlier != null) {
                    out.add(card.interviewerPath, card.interviewerId, "already submitted a scorecard for stage \""
                            + card.stageName + "\" of application " + application + " (" + SourcePaths.pointer(earlier.path)
                            + "); a duplicate submission");
                    consistent = false;
                }
            }
        }
        return consistent;
    }

    /** The panel reports at {@code scorecards[i]...}: placed under the source path of scorecard i. */
    private static ViolationSink underCards(List<SourceScorecard> members, ViolationSink out) {
        return violation -> {
            String path = violation.path();
            if (path.startsWith("scorecards[")) {
                int end = path.indexOf(']');
                SourceScorecard card = members.get(Integer.parseInt(path.substring("scorecards[".length(), end)));
                String rest = path.substring(end + 1);
                String joined = card.path.isEmpty() ? (rest.startsWith(".") ? rest.substring(1) : rest) : card.path + rest;
                out.add(Violation.of(joined, violation.value(), violation.message()));
            } else {
                out.add(violation);
            }
        };
    }

    private Scorecard.Builder scorecard(SourceScorecard card, ViolationSink out, List<ImportNote> lossy, List<ImportNote> ignored) {
        Scorecard.Builder scorecard = Scorecard.builder();
        if (card.candidateId == null) {
            out.add(card.candidatePath, null, "is required");
        } else {
            scorecard.candidateId(card.candidateId);
        }
        if (card.interviewerId == null) {
            out.add(card.interviewerPath, null, "is required");
        } else {
            scorecard.interviewerId(card.interviewerId);
        }
        stage(card, out).ifPresent(scorecard::stage);
        Map<String, String> criterionNotes = new LinkedHashMap<>();
        Map<String, String> rated = new HashMap<>();
        for (SourceScorecard.Attribute attribute : card.attributes) {
            String criterion = mapping.attributes().get(attribute.name());
            if (criterion == null) {
                if (mapping.ignoredAttributes().contains(attribute.name())) {
                    ignored.add(ImportNote.of(ImportNote.Kind.IGNORED_ATTRIBUTE, attribute.path(), attribute.name(),
                            "skipped: the mapping ignores this attribute"));
                } else {
                    out.add(attribute.path(), attribute.name(), "is not mapped onto a criterion and not ignored; mapped are "
                            + mapping.attributes().keySet());
                }
                continue;
            }
            String earlier = rated.putIfAbsent(criterion, attribute.path());
            if (earlier != null) {
                out.add(attribute.path(), attribute.name(), "rates criterion " + criterion + " again (first at "
                        + SourcePaths.pointer(earlier) + ")");
                continue;
            }
            if (attribute.note() != null && !attribute.note().isBlank()) {
                criterionNotes.put(criterion, attribute.note());
            }
            if (attribute.label() == null) {
                scorecard.notAssessed(criterion);
                continue;
            }
            Rating rating = mapping.ratings().get(attribute.label());
            if (rating == null) {
                out.add(attribute.labelPath(), attribute.label(), "is not a rating label of the mapping; labels are "
                        + mapping.ratings().keySet());
                continue;
            }
            if (mapping.lossyRatings().contains(attribute.label())) {
                lossy.add(ImportNote.of(ImportNote.Kind.LOSSY_RATING, attribute.labelPath(), attribute.label(),
                        "mapped lossily onto level " + rating.value().getAsInt() + " of " + criterion));
            }
            scorecard.putRatings(criterion, rating);
        }
        StringBuilder notes = new StringBuilder(card.notes == null ? "" : card.notes);
        StringBuilder privateNotes = new StringBuilder(card.privateNotes == null ? "" : card.privateNotes);
        Map<String, String> metadata = new LinkedHashMap<>(card.metadata);
        for (SourceScorecard.Answer answer : card.answers) {
            String criterion = mapping.criterionNoteFields().get(answer.name());
            if (mapping.notesFields().contains(answer.name())) {
                append(notes, answer.text());
            } else if (mapping.privateNotesFields().contains(answer.name())) {
                append(privateNotes, answer.text());
            } else if (criterion != null) {
                criterionNotes.merge(criterion, answer.text(), (a, b) -> a + "\n\n" + b);
            } else {
                metadata.put("answer: " + answer.name(), answer.text());
            }
        }
        if (notes.length() > 0) {
            scorecard.notes(notes.toString());
        }
        vote(card, out).ifPresent(scorecard::vote);
        RichFields.apply(scorecard, card, criterionNotes, privateNotes.length() > 0 ? privateNotes.toString() : null, metadata);
        return scorecard;
    }

    private Optional<QuestionCategory> stage(SourceScorecard card, ViolationSink out) {
        QuestionCategory stage = card.stageName == null ? null : mapping.stages().get(card.stageName);
        if (stage == null) {
            stage = mapping.defaultStage().orElse(null);
        }
        if (stage == null) {
            out.add(card.stagePath, card.stageName, "is not a stage of the mapping and the mapping has no defaultStage; stages are "
                    + mapping.stages().keySet());
        }
        return Optional.ofNullable(stage);
    }

    private Optional<Recommendation> vote(SourceScorecard card, ViolationSink out) {
        if (card.recommendation == null || mapping.abstentions().contains(card.recommendation)) {
            return Optional.empty();
        }
        Recommendation vote = mapping.recommendations().get(card.recommendation);
        if (vote == null) {
            List<String> known = new ArrayList<>(mapping.recommendations().keySet());
            known.addAll(mapping.abstentions());
            out.add(card.recommendationPath, card.recommendation, "is not a recommendation of the mapping; recommendations are " + known);
        }
        return Optional.ofNullable(vote);
    }

    private static void append(StringBuilder to, String text) {
        to.append(to.length() == 0 ? "" : "\n\n").append(text);
    }

    static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
