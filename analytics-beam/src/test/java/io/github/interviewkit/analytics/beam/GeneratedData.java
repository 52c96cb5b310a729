package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.SelectionFlow;
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
import java.util.Random;

/**
 * Seeded panels and outcomes for the pipeline tests, and the test's stand-in for the panel
 * document codec: a panel line here is {@code key|candidate|interviewer:level,level,level;...}
 * ({@code -} for not assessed), parsed into a {@link Panel} of {@link #ROLE}. The pipeline takes
 * panels through {@link PanelParser}, so the real codec replaces {@link #PARSER} and nothing else.
 */
final class GeneratedData {
    static final String[] CRITERIA = {"design", "coding", "communication"};
    static final Role ROLE = role();
    static final SelectionFlow FLOW = SelectionFlow.of("screen", "interview", "offer");
    static final String[] GROUPS = {"group-a", "group-b", "group-c"};

    /** The test codec: one line, one panel of {@link #ROLE}. */
    static final PanelParser PARSER = GeneratedData::parse;

    /** The key of a panel: the part of its candidate id before the slash. */
    static String keyOf(Panel panel) {
        return panel.candidateId().substring(0, panel.candidateId().indexOf('/'));
    }

    private GeneratedData() {}

    private static Role role() {
        RatingScale.Builder scale = RatingScale.builder();
        Map<Integer, String> anchors = new LinkedHashMap<>();
        for (int level = 1; level <= 4; level++) {
            scale.addLevels(RatingLevel.of(level, "Level " + level, "Meaning of level " + level + "."));
            anchors.put(level, "Anchor " + level);
        }
        Rubric.Builder rubric = Rubric.builder().scale(scale.build());
        for (String criterion : CRITERIA) {
            rubric.addCriteria(EvaluationCriterion.builder().id(criterion).description("Criterion " + criterion)
                    .addCompetencies("skill").weight(BigDecimal.ONE).mustHave(false).anchors(anchors).build());
        }
        return Role.builder().id("pipeline-role").title("Pipeline Role").summary("A role for the pipeline tests.")
                .addCompetencies(Competency.builder().id("skill").name("Skill").kind(CompetencyKind.TECHNICAL).build())
                .experience(ExperienceRequirement.builder().minimumYears(1).field("software").build())
                .rubric(rubric.build()).contentVersion("1.0.0").language("en")
                .source(SourceAttribution.builder().title("interviewkit tests").build()).build();
    }

    static Panel parse(String line) {
        String[] parts = line.split("\\|", -1);
        String candidate = parts[0] + "/" + parts[1];
        List<Scorecard> cards = new ArrayList<>();
        for (String card : parts[2].split(";")) {
            String[] seat = card.split(":");
            String[] levels = seat[1].split(",");
            Scorecard.Builder builder = Scorecard.builder().candidateId(candidate).interviewerId(seat[0])
                    .stage(QuestionCategory.TECHNICAL);
            for (int c = 0; c < CRITERIA.length; c++) {
                if (levels[c].equals("-")) {
                    builder.notAssessed(CRITERIA[c]);
                } else {
                    builder.rate(CRITERIA[c], Integer.parseInt(levels[c]));
                }
            }
            cards.add(builder.build());
        }
        return Panel.of(ROLE, cards);
    }

    /** Generated data: panel lines and outcome lines (one header per file of keys). */
    static final class Data {
        final List<String> panelLines = new ArrayList<>();
        final List<String> outcomeLines = new ArrayList<>();
        int scorecards;
    }

    /**
     * Panels of four scorecards each (a fifth of the seats missing a criterion now and then), in
     * {@code keys} keys, with 12 interviewers per key of whom some rate high or low, and one
     * outcome per candidate whose odds depend on the group.
     */
    static Data generate(long seed, int keys, int panelsPerKey) {
        Random random = new Random(seed);
        Data data = new Data();
        data.outcomeLines.add(AnalyticsPipeline.OUTCOMES_HEADER);
        for (int k = 0; k < keys; k++) {
            String key = String.format("tenant-%02d", k);
            int[] bias = new int[12];
            for (int i = 0; i < bias.length; i++) {
                bias[i] = i % 5 == 0 ? 1 : i % 7 == 0 ? -1 : 0;
            }
            for (int p = 0; p < panelsPerKey; p++) {
                String candidate = String.format("c%05d", p);
                int truth = 1 + random.nextInt(4);
                StringBuilder line = new StringBuilder(key).append('|').append(candidate).append('|');
                List<Integer> seats = new ArrayList<>();
                while (seats.size() < 4) {
                    int interviewer = random.nextInt(12);
                    if (!seats.contains(interviewer)) {
                        seats.add(interviewer);
                    }
                }
                for (int s = 0; s < seats.size(); s++) {
                    int interviewer = seats.get(s);
                    line.append(s == 0 ? "" : ";").append(key).append("-i").append(interviewer).append(':');
                    for (int c = 0; c < CRITERIA.length; c++) {
                        int level = Math.max(1, Math.min(4, truth + bias[interviewer] + random.nextInt(3) - 1));
                        line.append(c == 0 ? "" : ",").append(random.nextInt(20) == 0 ? "-" : Integer.toString(level));
                    }
                    data.scorecards++;
                }
                data.panelLines.add(line.toString());
                int group = random.nextInt(GROUPS.length);
                double advance = 0.75 - 0.12 * group;
                int stage = 0;
                while (stage < 2 && random.nextDouble() < advance) {
                    stage++;
                }
                boolean passed = stage == 2 ? random.nextDouble() < advance : random.nextInt(10) == 0;
                data.outcomeLines.add(String.join(",", key, key + "/" + candidate, GROUPS[group],
                        FLOW.stages().get(stage), Boolean.toString(passed)));
            }
        }
        return data;
    }
}
