package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a finding's text names what it is about: the criteria, competencies and pitfalls of a role,
 * the interviewers of a panel, and the labels of the rating scale's levels.
 *
 * <p>{@link #of(Role)} names them as people read them: a criterion by its description, a
 * competency by its name, a pitfall by its description, and a rating with its level's label
 * ("3 (Yes)"). {@link #ids()} names everything by its id, as {@link Finding#text(Locale)} and
 * {@link Report#render()} do, where no role is at hand. Interviewers are named by their ids unless
 * {@link #withInterviewerNames} gives names, e.g. from the host system's directory. An id the
 * names do not know (a criterion of another role, an interviewer without a name) is shown as it is.
 *
 * <pre>{@code
 * FindingNames names = FindingNames.of(panel.role());
 * String sentence = report.flags().get(0).text(Locale.GERMAN, names);
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 *
 * @see Finding#text(java.util.Locale, FindingNames)
 */
public final class FindingNames {
    private static final FindingNames IDS = new FindingNames(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, String> criteria;
    private final Map<String, String> competencies;
    private final Map<String, String> pitfalls;
    private final Map<String, String> interviewers;
    private final Map<Integer, String> levels;

    private FindingNames(Map<String, String> criteria, Map<String, String> competencies,
                         Map<String, String> pitfalls, Map<String, String> interviewers, Map<Integer, String> levels) {
        this.criteria = criteria;
        this.competencies = competencies;
        this.pitfalls = pitfalls;
        this.interviewers = interviewers;
        this.levels = levels;
    }

    /** @return names that name everything by its id and know no level labels */
    public static FindingNames ids() {
        return IDS;
    }

    /**
     * Returns the names of a role's content: each criterion of its rubric by its description, each
     * competency by its name, each pitfall by its description, each level of its rating scale by
     * its label. Interviewers keep their ids.
     *
     * @param role the role the findings are about
     * @return the names
     * @throws NullPointerException if {@code role} is {@code null}
     */
    public static FindingNames of(Role role) {
        Objects.requireNonNull(role, "role");
        Map<String, String> criteria = new HashMap<>();
        for (EvaluationCriterion criterion : role.rubric().criteria()) {
            criteria.put(criterion.id(), criterion.description());
        }
        Map<String, String> competencies = new HashMap<>();
        for (Competency competency : role.competencies()) {
            competencies.put(competency.id(), competency.name());
        }
        Map<String, String> pitfalls = new HashMap<>();
        for (Pitfall pitfall : role.pitfalls()) {
            pitfalls.put(pitfall.id(), pitfall.description());
        }
        Map<Integer, String> levels = new HashMap<>();
        for (RatingLevel level : role.rubric().scale().levels()) {
            levels.put(level.value(), level.label());
        }
        return new FindingNames(Map.copyOf(criteria), Map.copyOf(competencies), Map.copyOf(pitfalls), Map.of(),
                Map.copyOf(levels));
    }

    /**
     * Returns these names with names for interviewers; an interviewer the map does not hold keeps
     * its id.
     *
     * @param names the name of each interviewer, by interviewer id; neither ids nor names blank
     * @return the names
     * @throws NullPointerException if {@code names} is {@code null} or holds {@code null}
     * @throws ScoringException if an id or a name is blank, naming every such entry
     */
    public FindingNames withInterviewerNames(Map<String, String> names) {
        Objects.requireNonNull(names, "names");
        StringBuilder blank = new StringBuilder();
        for (Map.Entry<String, String> entry : names.entrySet()) {
            Objects.requireNonNull(entry.getKey(), "names holds a null interviewer id");
            Objects.requireNonNull(entry.getValue(), () -> "names holds a null name for " + entry.getKey());
            if (entry.getKey().isBlank() || entry.getValue().isBlank()) {
                blank.append(blank.length() == 0 ? "" : ", ").append('"').append(entry.getKey()).append("\" -> \"")
                        .append(entry.getValue()).append('"');
            }
        }
        if (blank.length() > 0) {
            throw new ScoringException("interviewer names must have ids and names that are not blank: " + blank);
        }
        return new FindingNames(criteria, competencies, pitfalls, Map.copyOf(names), levels);
    }

    /**
     * @param criterionId a criterion's id
     * @return how people read the criterion: its description, or the id if these names do not know it
     * @throws NullPointerException if {@code criterionId} is {@code null}
     */
    public String criterion(String criterionId) {
        return criteria.getOrDefault(Objects.requireNonNull(criterionId, "criterionId"), criterionId);
    }

    /**
     * @param competencyId a competency's id
     * @return how people read the competency: its name, or the id if these names do not know it
     * @throws NullPointerException if {@code competencyId} is {@code null}
     */
    public String competency(String competencyId) {
        return competencies.getOrDefault(Objects.requireNonNull(competencyId, "competencyId"), competencyId);
    }

    /**
     * @param pitfallId a pitfall's id
     * @return how people read the pitfall: its description, or the id if these names do not know it
     * @throws NullPointerException if {@code pitfallId} is {@code null}
     */
    public String pitfall(String pitfallId) {
        return pitfalls.getOrDefault(Objects.requireNonNull(pitfallId, "pitfallId"), pitfallId);
    }

    /**
     * @param interviewerId an interviewer's id
     * @return the interviewer's name, or the id if these names do not know one
     * @throws NullPointerException if {@code interviewerId} is {@code null}
     */
    public String interviewer(String interviewerId) {
        return interviewers.getOrDefault(Objects.requireNonNull(interviewerId, "interviewerId"), interviewerId);
    }

    /**
     * @param level a level of the rating scale
     * @return the level's label, e.g. {@code Strong yes}; empty if these names know no such level
     */
    public Optional<String> levelLabel(int level) {
        return Optional.ofNullable(levels.get(level));
    }

    /** @return how many criteria, competencies, pitfalls, interviewers and levels these names know */
    @Override
    public String toString() {
        return "FindingNames[" + criteria.size() + " criteria, " + competencies.size() + " competencies, "
                + pitfalls.size() + " pitfalls, " + interviewers.size() + " interviewers, " + levels.size()
                + " levels]";
    }
}
