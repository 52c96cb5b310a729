package io.github.interviewkit.examples;

import io.github.interviewkit.analytics.AdverseImpact;
import io.github.interviewkit.analytics.AdverseImpactReport;
import io.github.interviewkit.analytics.Calibration;
import io.github.interviewkit.analytics.CalibrationPolicy;
import io.github.interviewkit.analytics.GroupImpact;
import io.github.interviewkit.analytics.InterviewerCalibration;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Scorecard;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Simulates 300 Backend Architect panels of four interviewers drawn from twelve, with one lenient
 * interviewer (iv-03 rates a point high) and one severe one (iv-07 rates a point low and, by a
 * scheduling accident, sits on every panel of group-c), then prints the panel analytics:
 * agreement, the calibration of every interviewer, and an adverse-impact table of the selections.
 *
 * <p>Candidates of all three groups have the same ability; the groups are labels only, as the
 * library never sees a protected attribute. The selection rule (mean of the assessed ratings at
 * least 3, "Yes") is the example's own, kept simple. Everything is seeded: the output is the same on
 * every run.
 */
public final class PanelAnalyticsExample {
    static final String LENIENT = "iv-03";
    static final String SEVERE = "iv-07";
    private static final int PANELS = 300;
    private static final int INTERVIEWERS = 12;
    private static final String[] GROUPS = {"group-a", "group-b", "group-c"};

    private PanelAnalyticsExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** A candidate's simulated panel, the group label the caller keeps, and the selection outcome. */
    record Interviewed(Panel panel, String group, boolean selected) {}

    /** Simulates the panels with a fixed seed. */
    static List<Interviewed> simulate(long seed) {
        Role role = BackendArchitect.role();
        Random random = new Random(seed);
        List<String> interviewers = new ArrayList<>();
        for (int i = 1; i <= INTERVIEWERS; i++) {
            interviewers.add(String.format(Locale.ROOT, "iv-%02d", i));
        }
        List<Interviewed> result = new ArrayList<>();
        for (int c = 1; c <= PANELS; c++) {
            String candidate = String.format(Locale.ROOT, "cand-%03d", c);
            String group = GROUPS[c % GROUPS.length];
            double ability = 2.6 + 0.6 * random.nextGaussian();
            List<String> seated = new ArrayList<>(interviewers);
            Collections.shuffle(seated, random);
            seated = new ArrayList<>(seated.subList(0, 4));
            if (group.equals("group-c") && !seated.contains(SEVERE)) {
                seated.set(0, SEVERE);
            }
            List<Scorecard> cards = new ArrayList<>();
            double total = 0;
            int assessed = 0;
            for (String interviewer : seated) {
                double bias = interviewer.equals(LENIENT) ? 1.0 : interviewer.equals(SEVERE) ? -1.0 : 0.0;
                Scorecard.Builder card = Scorecard.builder().candidateId(candidate).interviewerId(interviewer)
                        .stage(QuestionCategory.TECHNICAL);
                for (EvaluationCriterion criterion : role.rubric().criteria()) {
                    if (random.nextDouble() < 0.05) {
                        card.putRatings(criterion.id(), Rating.notAssessed());
                        continue;
                    }
                    long level = Math.round(ability + bias + 0.5 * random.nextGaussian());
                    int rating = (int) Math.max(1, Math.min(4, level));
                    card.rate(criterion.id(), rating);
                    total += rating;
                    assessed++;
                }
                cards.add(card.build());
            }
            boolean selected = assessed > 0 && total >= 3.0 * assessed;
            result.add(new Interviewed(Panel.of(role, cards), group, selected));
        }
        return result;
    }

    static void run(PrintStream out) {
        List<Interviewed> interviewed = simulate(42L);
        List<Panel> panels = interviewed.stream().map(Interviewed::panel).toList();
        PanelAnalytics analytics = PanelAnalytics.of(panels);

        out.println("Panel analytics over " + panels.size() + " Backend Architect panels: " + analytics);
        out.println("Agreement");
        out.println("  Krippendorff's alpha, ordinal:  " + analytics.krippendorffsAlpha(MeasurementLevel.ORDINAL).alpha());
        out.println("  Krippendorff's alpha, interval: " + analytics.krippendorffsAlpha(MeasurementLevel.INTERVAL).alpha());
        out.println("  Fleiss' kappa:                  " + analytics.fleissKappa().kappa());

        Calibration calibration = analytics.calibration(CalibrationPolicy.of(new BigDecimal("0.5"), 30));
        out.println("Calibration (flag beyond +/-0.5 points over at least 30 comparisons)");
        out.println("  interviewer  flag                 mean dev     s.e.    n  levels 1/2/3/4  not assessed");
        for (InterviewerCalibration interviewer : calibration.interviewers()) {
            out.println(String.format(Locale.ROOT, "  %-11s  %-19s  %8s  %7s  %3d  %-14s  %d",
                    interviewer.interviewerId(), interviewer.flag(), interviewer.meanDeviation(),
                    interviewer.standardError(), interviewer.comparisons(),
                    interviewer.levelUsage().values().stream().map(String::valueOf)
                            .reduce((a, b) -> a + "/" + b).orElse(""),
                    interviewer.notAssessed()));
        }

        AdverseImpactReport impact = AdverseImpact.analyze(interviewed, Interviewed::group, Interviewed::selected);
        out.println("Adverse impact of the selections (four-fifths rule, 29 CFR 1607.4(D))");
        out.println("  group     selected  rate   impact ratio  below 4/5  Fisher p  z-test p  small sample");
        for (GroupImpact group : impact.groups()) {
            out.println(String.format(Locale.ROOT, "  %-8s  %3d/%-4d  %.3f  %-12s  %-9s  %-8s  %-8s  %s",
                    group.label(), group.selected(), group.applicants(), group.selectionRate(),
                    group.isHighestRate() ? "(highest)" : group.impactRatio().toString(),
                    group.belowFourFifths() ? "YES" : "no",
                    group.isHighestRate() ? "-" : group.fisherExactP().toString(),
                    group.isHighestRate() ? "-" : group.zTestP().toString(),
                    group.smallSample() ? "yes" : "no"));
        }
    }
}
