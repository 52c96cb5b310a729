package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adverse impact at every stage of a {@link SelectionFlow}, among the candidates who reached it,
 * and at the bottom line. Each report names its own reference group (the highest rate at that
 * stage), which need not be the same at every stage.
 */
public final class SelectionFlowReport implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final SelectionFlow flow;
    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final Map<String, AdverseImpactReport> stages;
    private final AdverseImpactReport bottomLine;

    SelectionFlowReport(SelectionFlow flow, Map<String, AdverseImpactReport> stages, AdverseImpactReport bottomLine) {
        this.flow = flow;
        this.stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        this.bottomLine = bottomLine;
    }

    /** @return the flow */
    public SelectionFlow flow() {
        return flow;
    }

    /** @return the report of every stage, by stage name, in the order of the flow */
    public Map<String, AdverseImpactReport> stages() {
        return stages;
    }

    /**
     * Returns one stage's report.
     *
     * @param stage the stage's name
     * @return its report
     * @throws NullPointerException if {@code stage} is {@code null}
     * @throws IllegalArgumentException if it is not a stage of the flow
     */
    public AdverseImpactReport stage(String stage) {
        AdverseImpactReport report = stages.get(Objects.requireNonNull(stage, "stage"));
        if (report == null) {
            throw new IllegalArgumentException("stage " + Violation.shown(stage) + " is not a stage of " + Violation.shown(flow.stages()));
        }
        return report;
    }

    /** @return everyone who applied against everyone who passed the last stage */
    public AdverseImpactReport bottomLine() {
        return bottomLine;
    }

    /** @return whether some group's bottom-line rate is below four-fifths of the reference rate */
    public boolean bottomLineShowsAdverseImpact() {
        return !bottomLine.belowFourFifths().isEmpty();
    }

    /** @return the stages at which some group's rate is below four-fifths of that stage's reference rate, in order */
    public List<String> stagesBelowFourFifths() {
        return stages.entrySet().stream().filter(e -> !e.getValue().belowFourFifths().isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    /** @return one block per stage and the bottom line */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SelectionFlowReport ").append(flow);
        stages.forEach((stage, report) -> text.append("\n").append(stage).append(": ").append(report));
        return text.append("\nbottom line: ").append(bottomLine).toString();
    }
}
