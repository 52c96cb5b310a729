package io.github.interviewkit.scoring;

import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.ViolationSink;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The validity rules of a {@link ScoringPolicy} and its {@link Hurdle}s, reporting into a sink; a
 * policy's rules check the order of its hurdles, never a hurdle's own rules, which ran when it was
 * built.
 */
final class PolicyRules {
    private PolicyRules() {}

    static void policy(ScoringPolicy policy, ViolationSink out) {
        required(policy.aggregation(), "aggregation", out);
        policy.criterionAggregation().keySet().forEach(id -> InputRules.singleLine(id, "criterionAggregation[" + id + "]", out));
        policy.weights().keySet().forEach(id -> InputRules.singleLine(id, "weights[" + id + "]", out));
        policy.minimumRatings().keySet().forEach(id -> InputRules.singleLine(id, "minimumRatings[" + id + "]", out));
        for (Map.Entry<String, BigDecimal> weight : policy.weights().entrySet()) {
            String at = "weights[" + weight.getKey() + "]";
            if (weight.getValue().signum() <= 0) {
                out.add(at, number(weight.getValue()), "must be positive");
            } else {
                nineDigits(weight.getValue(), at, out);
            }
        }
        required(policy.criticalPitfallAction(), "criticalPitfallAction", out);
        required(policy.majorPitfallAction(), "majorPitfallAction", out);
        required(policy.minorPitfallAction(), "minorPitfallAction", out);
        if (required(policy.pitfallCap(), "pitfallCap", out) && !policy.pitfallCap().isDecided()) {
            out.add("pitfallCap", policy.pitfallCap().id(),
                    "must be a decided outcome: strong-hire, hire, no-hire or strong-no-hire");
        }
        boolean strong = unitInterval(policy.strongHireThreshold(), "strongHireThreshold", out);
        boolean hire = unitInterval(policy.hireThreshold(), "hireThreshold", out);
        boolean noHire = unitInterval(policy.noHireThreshold(), "noHireThreshold", out);
        if (strong && hire && policy.hireThreshold().compareTo(policy.strongHireThreshold()) > 0) {
            out.add("hireThreshold", number(policy.hireThreshold()),
                    "must not exceed strongHireThreshold " + number(policy.strongHireThreshold()));
        }
        if (hire && noHire && policy.noHireThreshold().compareTo(policy.hireThreshold()) > 0) {
            out.add("noHireThreshold", number(policy.noHireThreshold()),
                    "must not exceed hireThreshold " + number(policy.hireThreshold()));
        }
        if (policy.disagreementSpread() < 1) {
            out.add("disagreementSpread", policy.disagreementSpread(), "must be at least 1");
        }
        if (policy.minimumPanelSize() < 1) {
            out.add("minimumPanelSize", policy.minimumPanelSize(), "must be at least 1");
        }
        Map<String, Integer> stages = new HashMap<>();
        List<Hurdle> hurdles = policy.hurdles();
        for (int i = 0; i < hurdles.size(); i++) {
            String at = "hurdles[" + i + "]";
            Hurdle hurdle = hurdles.get(i);
            if (hurdle.stage() != null) {
                Integer first = stages.putIfAbsent(hurdle.stage().id(), i);
                if (first != null) {
                    out.add(at + ".stage", hurdle.stage().id(), "repeats the stage of hurdles[" + first + "]");
                }
            }
        }
    }

    static void hurdle(Hurdle hurdle, ViolationSink out) {
        required(hurdle.stage(), "stage", out);
        unitInterval(hurdle.cutOff(), "cutOff", out);
    }

    /** The criteria and levels a policy names must exist in the role. */
    static void againstRole(ScoringPolicy policy, Role role, ViolationSink out) {
        Set<String> criteria = new HashSet<>();
        role.rubric().criteria().forEach(criterion -> criteria.add(criterion.id()));
        Set<Integer> levels = new HashSet<>();
        for (RatingLevel level : role.rubric().scale().levels()) {
            levels.add(level.value());
        }
        String unknown = "names no evaluation criterion of role '" + role.id() + "'";
        for (String id : policy.criterionAggregation().keySet()) {
            if (!criteria.contains(id)) {
                out.add("criterionAggregation[" + id + "]", id, unknown);
            }
        }
        for (String id : policy.weights().keySet()) {
            if (!criteria.contains(id)) {
                out.add("weights[" + id + "]", id, unknown);
            }
        }
        for (Map.Entry<String, Integer> minimum : policy.minimumRatings().entrySet()) {
            if (!criteria.contains(minimum.getKey())) {
                out.add("minimumRatings[" + minimum.getKey() + "]", minimum.getKey(), unknown);
            } else if (!levels.contains(minimum.getValue())) {
                out.add("minimumRatings[" + minimum.getKey() + "]", minimum.getValue(),
                        "is not a level of the scale " + levels.stream().sorted().toList());
            }
        }
    }

    private static boolean required(@Nullable Object value, String path, ViolationSink out) {
        if (value == null) {
            out.add(path, null, "is required");
            return false;
        }
        return true;
    }

    private static boolean unitInterval(@Nullable BigDecimal value, String path, ViolationSink out) {
        if (value == null) {
            out.add(path, null, "is required");
            return false;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            out.add(path, number(value), "must be between 0 and 1, the composite's range");
            return false;
        }
        return nineDigits(value, path, out);
    }

    /**
     * A number as a violation shows it: plain when that is short, else in scientific notation, so
     * that a number built in code with a huge exponent ({@code 1E+999999999}) is never written out
     * (the violation cuts what remains to its length).
     */
    static String number(BigDecimal value) {
        if (value.signum() == 0 && value.scale() < 0) {
            return value.toString(); // 0E+10, not a plain 0 that would hide why it was refused
        }
        long digitsBeforePoint = (long) value.precision() - value.scale();
        return value.precision() <= 40 && digitsBeforePoint <= 40 && value.scale() <= 40 ? value.toPlainString()
                : value.toString();
    }

    /**
     * Keeps exact arithmetic on policy numbers small: at most 9 digits on each side of the point.
     * Decided on the scale and precision, in {@code long} (a scale near {@code Integer.MIN_VALUE} or
     * {@code MAX_VALUE} neither overflows nor expands the number); a number of more than 100 digits
     * is refused before trailing zeros are stripped (which divides once per zero).
     */
    private static boolean nineDigits(BigDecimal value, String path, ViolationSink out) {
        boolean fits;
        if (value.precision() > 100) {
            fits = false;
        } else if (value.signum() == 0) {
            fits = value.scale() >= -9 && value.scale() <= 9;
        } else {
            // Digits before the point: precision - scale, which stripping trailing zeros keeps.
            fits = (long) value.precision() - value.scale() <= 9
                    && (value.scale() <= 9 || value.stripTrailingZeros().scale() <= 9);
        }
        if (!fits) {
            out.add(path, number(value), "must have at most 9 digits before and 9 after the decimal point");
        }
        return fits;
    }

}
