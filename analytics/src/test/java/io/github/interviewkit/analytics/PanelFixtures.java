package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SourceAttribution;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Roles and panels built in code for the panel-analytics tests. */
final class PanelFixtures {
    private PanelFixtures() {}

    /** A role whose rubric rates the given criteria on a scale of levels 1..levels. */
    static Role role(int levels, String... criteria) {
        RatingScale.Builder scale = RatingScale.builder();
        Map<Integer, String> anchors = new LinkedHashMap<>();
        for (int level = 1; level <= levels; level++) {
            scale.addLevels(RatingLevel.of(level, "Level " + level, "Meaning of level " + level + "."));
            anchors.put(level, "Anchor " + level);
        }
        Rubric.Builder rubric = Rubric.builder().scale(scale.build());
        for (String criterion : criteria) {
            rubric.addCriteria(EvaluationCriterion.builder().id(criterion).description("Criterion " + criterion)
                    .addCompetencies("skill").weight(BigDecimal.ONE).mustHave(false).anchors(anchors).build());
        }
        return Role.builder()
                .id("analytics-role")
                .title("Analytics Role")
                .summary("A role for the panel-analytics tests.")
                .addCompetencies(Competency.builder().id("skill").name("Skill").kind(CompetencyKind.TECHNICAL).build())
                .experience(ExperienceRequirement.builder().minimumYears(1).field("software").build())
                .rubric(rubric.build())
                .contentVersion("1.0.0")
                .language("en")
                .source(SourceAttribution.builder().title("interviewkit tests").build())
                .build();
    }

    /**
     * Panels for a role with one criterion: row u is candidate {@code c01, c02, ...}, column r is
     * the interviewer {@code names[r]}; {@code null} means the interviewer was not on that panel.
     */
    static List<Panel> panels(Role role, String[] names, Integer[][] ratings) {
        String criterion = role.rubric().criteria().get(0).id();
        List<Panel> panels = new ArrayList<>();
        for (int u = 0; u < ratings.length; u++) {
            String candidate = String.format("c%02d", u + 1);
            List<Scorecard> cards = new ArrayList<>();
            for (int r = 0; r < names.length; r++) {
                if (ratings[u][r] != null) {
                    cards.add(Scorecard.builder().candidateId(candidate).interviewerId(names[r])
                            .stage(QuestionCategory.TECHNICAL).rate(criterion, ratings[u][r]).build());
                }
            }
            panels.add(Panel.of(role, cards));
        }
        return panels;
    }
}
