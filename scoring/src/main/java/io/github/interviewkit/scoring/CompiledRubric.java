package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Role;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A role and a policy compiled once into arrays indexed by criterion, pitfall and competency, so
 * that scoring a panel rebuilds no map and resolves no setting. A strategy made of
 * {@linkplain ScoringSteps steps} compiles one for all its steps.
 */
final class CompiledRubric {
    final Role role;
    final String roleId;
    final ScoringPolicy policy;
    final int criteriaCount;
    final String[] criterionIds;
    final Aggregation[] aggregation;
    final boolean needsSortedRatings;
    final BigDecimal[] weight;
    final double[] weightValue;
    /** Each weight times 10^{@link #weightScale}: exact integers with the same ratios. */
    final BigInteger[] scaledWeight;
    final boolean[] gate;
    final int[] minimum;
    /** The positions of the gated criteria, in rubric order. */
    final int[] gates;
    final int lowest;
    final int highest;
    final Map<String, Integer> pitfallIndex;
    final Pitfall[] pitfalls;
    final PitfallAction[] pitfallAction;
    final String[] competencyIds;
    final int[][] competencyCriteria;
    final List<List<String>> competencyCriterionIds;
    final Threshold strongHire;
    final Threshold hire;
    final Threshold noHire;
    /** The thresholds the panel's composite is decided against, from the highest. */
    final Threshold[] thresholds;
    final Recommendation pitfallCap;
    final int disagreementSpread;
    final int minimumPanelSize;

    /** A threshold as given and as a double, for the fast side of the exact comparison. */
    static final class Threshold {
        final BigDecimal exact;
        final double value;

        Threshold(BigDecimal exact) {
            this.exact = exact;
            this.value = exact.doubleValue();
        }
    }

    CompiledRubric(Role role, ScoringPolicy policy) {
        policy.checkAgainst(role);
        this.role = role;
        this.roleId = role.id();
        this.policy = policy;
        List<EvaluationCriterion> criteria = role.rubric().criteria();
        criteriaCount = criteria.size();
        criterionIds = new String[criteriaCount];
        aggregation = new Aggregation[criteriaCount];
        weight = new BigDecimal[criteriaCount];
        weightValue = new double[criteriaCount];
        scaledWeight = new BigInteger[criteriaCount];
        gate = new boolean[criteriaCount];
        minimum = new int[criteriaCount];
        boolean sorted = false;
        int gated = 0;
        int scale = 0;
        Map<String, Integer> criterionIndex = new HashMap<>();
        for (int i = 0; i < criteriaCount; i++) {
            EvaluationCriterion criterion = criteria.get(i);
            String id = criterion.id();
            criterionIds[i] = id;
            criterionIndex.put(id, i);
            aggregation[i] = policy.criterionAggregation().getOrDefault(id, policy.aggregation());
            sorted |= aggregation[i] == Aggregation.MEDIAN;
            weight[i] = policy.weights().getOrDefault(id, criterion.weight());
            weightValue[i] = weight[i].doubleValue();
            scale = Math.max(scale, weight[i].stripTrailingZeros().scale());
            Integer override = policy.minimumRatings().get(id);
            if (override != null) {
                gate[i] = true;
                minimum[i] = override;
            } else if (policy.rubricGates() && criterion.mustHave() && criterion.minimumRating().isPresent()) {
                gate[i] = true;
                minimum[i] = criterion.minimumRating().getAsInt();
            }
            if (gate[i]) {
                gated++;
            }
        }
        for (int i = 0; i < criteriaCount; i++) {
            scaledWeight[i] = weight[i].movePointRight(scale).toBigIntegerExact();
        }
        needsSortedRatings = sorted;
        gates = new int[gated];
        for (int i = 0, g = 0; i < criteriaCount; i++) {
            if (gate[i]) {
                gates[g++] = i;
            }
        }
        lowest = role.rubric().scale().lowest().value();
        highest = role.rubric().scale().highest().value();

        List<Pitfall> rolePitfalls = role.pitfalls();
        pitfalls = rolePitfalls.toArray(new Pitfall[0]);
        pitfallAction = new PitfallAction[pitfalls.length];
        pitfallIndex = new HashMap<>();
        for (int p = 0; p < pitfalls.length; p++) {
            pitfallIndex.put(pitfalls[p].id(), p);
            pitfallAction[p] = policy.pitfallAction(pitfalls[p].severity());
        }

        List<Competency> competencies = role.competencies();
        competencyIds = new String[competencies.size()];
        competencyCriteria = new int[competencies.size()][];
        List<List<String>> ids = new ArrayList<>();
        for (int c = 0; c < competencies.size(); c++) {
            String competency = competencies.get(c).id();
            competencyIds[c] = competency;
            List<String> evaluating = new ArrayList<>();
            for (EvaluationCriterion criterion : criteria) {
                if (criterion.competencies().contains(competency)) {
                    evaluating.add(criterion.id());
                }
            }
            competencyCriteria[c] = evaluating.stream().mapToInt(criterionIndex::get).toArray();
            ids.add(List.copyOf(evaluating));
        }
        competencyCriterionIds = List.copyOf(ids);
        strongHire = new Threshold(policy.strongHireThreshold());
        hire = new Threshold(policy.hireThreshold());
        noHire = new Threshold(policy.noHireThreshold());
        thresholds = new Threshold[] {strongHire, hire, noHire};
        pitfallCap = policy.pitfallCap();
        disagreementSpread = policy.disagreementSpread();
        minimumPanelSize = policy.minimumPanelSize();
    }
}
