package io.github.interviewkit.planning;

import io.github.interviewkit.planning.CompiledLoop.Group;
import io.github.interviewkit.planning.LoopConstraint.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a conflict into sentences. Each sentence states one constraint of the conflict with the
 * facts about the role and the loop that make it collide with the others, computed under the
 * conflict's own constraints only: a question banned by a ban outside the conflict still counts as
 * one the interview can hold, since that ban is not part of the reason.
 */
final class ConflictSentences {
    private final CompiledLoop loop;
    private final BitSet conflict;

    private ConflictSentences(CompiledLoop loop, BitSet conflict) {
        this.loop = loop;
        this.conflict = conflict;
    }

    static Conflict of(CompiledLoop loop, BitSet conflict, boolean minimal) {
        ConflictSentences sentences = new ConflictSentences(loop, conflict);
        List<LoopConstraint> constraints = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int g = conflict.nextSetBit(0); g >= 0; g = conflict.nextSetBit(g + 1)) {
            Group group = loop.groups.get(g);
            constraints.add(group.constraint);
            texts.add(sentences.sentence(group));
        }
        return new Conflict(constraints, texts, minimal);
    }

    private String sentence(Group group) {
        return switch (group.kind()) {
            case MUST_HAVE -> mustHave(group);
            case MUST_COVER -> mustCover(group);
            case INTERVIEW_LENGTH -> length(group);
            case PIN -> "question `" + loop.questions.get(loop.candidates[group.interview][group.candidate]).id() + "` ("
                    + loop.minutes[loop.candidates[group.interview][group.candidate]] + " minutes) is pinned to "
                    + describe(group.interview);
            default -> group.constraint.rule();
        };
    }

    private String mustHave(Group group) {
        int c = group.criterion;
        String text = group.constraint.rule();
        List<Integer> able = interviewsAbleToHold(c);
        if (able.isEmpty()) {
            return text + ", but no interview of the loop can hold a question on it";
        }
        TreeSet<String> people = new TreeSet<>();
        able.forEach(i -> people.addAll(loop.interview(i).interviewers()));
        String where = describeAll(able);
        if (people.size() < group.limit) {
            return text + ", but only " + where + (able.size() == 1 ? " can hold a question on it, and it has "
                    : " can hold a question on it, and they have ") + CompiledLoop.interviewers(people.size())
                    + (able.size() == 1 ? ": " : " between them: ") + String.join(", ", people);
        }
        return able.size() == loop.candidates.length ? text + "; every interview can hold a question on it"
                : text + ", and only " + where + " can hold a question on it";
    }

    private String mustCover(Group group) {
        String text = group.constraint.rule();
        if (holdable(group.interview).stream().noneMatch(q -> loop.informs[q][group.criterion])) {
            return text + ", but none of the questions it can hold informs `" + loop.criteria.get(group.criterion).id() + "`";
        }
        return text;
    }

    private String length(Group group) {
        int i = group.interview;
        int reserved = loop.problem.options().reservedMinutes();
        if (loop.capacity[i] < 0) {
            return describe(i) + " is shorter than its " + reserved + " reserved minutes";
        }
        StringBuilder text = new StringBuilder(describe(i)).append(" leaves ").append(loop.capacity[i])
                .append(" minutes for questions (").append(reserved).append(" reserved)");
        int pinned = 0;
        List<String> pins = new ArrayList<>();
        for (Group other : chosen()) {
            if (other.kind() == Kind.PIN && other.interview == i) {
                int q = loop.candidates[i][other.candidate];
                pinned += loop.minutes[q];
                pins.add("`" + loop.questions.get(q).id() + "`");
            }
        }
        if (!pins.isEmpty()) {
            text.append(pins.size() == 1 ? ", and its pinned question " : ", and its pinned questions ")
                    .append(join(pins)).append(pins.size() == 1 ? " needs " : " need ").append(pinned).append(" minutes");
        }
        for (Group other : chosen()) {
            boolean aboutCriterion = other.kind() == Kind.MUST_HAVE || (other.kind() == Kind.MUST_COVER && other.interview == i);
            if (aboutCriterion) {
                int c = other.criterion;
                holdable(i).stream().filter(q -> loop.informs[q][c]).mapToInt(q -> loop.minutes[q]).min()
                        .ifPresent(shortest -> text.append(", and its shortest question on `").append(loop.criteria.get(c).id())
                                .append("` needs ").append(shortest).append(" minutes"));
            }
        }
        return text.toString();
    }

    /** The interviews that can hold a question on c under the conflict's bans and focus, length aside. */
    private List<Integer> interviewsAbleToHold(int criterion) {
        List<Integer> able = new ArrayList<>();
        for (int i = 0; i < loop.candidates.length; i++) {
            if (holdable(i).stream().anyMatch(q -> loop.informs[q][criterion])) {
                able.add(i);
            }
        }
        return able;
    }

    /** The questions interview i can hold under the conflict's bans and focus (its stage, plannable), as question indexes. */
    private List<Integer> holdable(int interview) {
        boolean focused = chosen().stream().anyMatch(g -> g.kind() == Kind.ONLY_CRITERIA && g.interview == interview);
        List<Integer> questions = new ArrayList<>();
        int[] candidates = loop.candidates[interview];
        for (int k = 0; k < candidates.length; k++) {
            int position = k;
            boolean banned = chosen().stream()
                    .anyMatch(g -> g.kind() == Kind.BAN && g.interview == interview && g.candidate == position);
            if (!banned && (!focused || loop.allowedByFocus(interview, candidates[k]))) {
                questions.add(candidates[k]);
            }
        }
        return questions;
    }

    private List<Group> chosen() {
        List<Group> groups = new ArrayList<>();
        for (int g = conflict.nextSetBit(0); g >= 0; g = conflict.nextSetBit(g + 1)) {
            groups.add(loop.groups.get(g));
        }
        return groups;
    }

    /** E.g. {@code the 45-minute technical interview `technical`}. */
    private String describe(int interview) {
        Interview loopInterview = loop.interview(interview);
        return "the " + loopInterview.minutes() + "-minute " + loopInterview.stage() + " interview `" + loopInterview.id() + "`";
    }

    private String describeAll(List<Integer> interviews) {
        return join(interviews.stream().map(this::describe).toList());
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
