package io.github.interviewkit.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ScoringEngine#verify}: whether a stored report is the report the engine
 * makes today from a role, a panel and a policy, and every difference if it is not. Each
 * difference is one line naming what differs, the stored value and the value re-scored, such as
 * {@code recommendation: stored hire, re-scored no-hire}.
 */
public final class ReportVerification {
    private final Report stored;
    private final Report rescored;
    private final List<String> differences;

    ReportVerification(Report stored, Report rescored, List<String> differences) {
        this.stored = stored;
        this.rescored = rescored;
        this.differences = List.copyOf(differences);
    }

    /** @return whether the stored report is the re-scored one: no difference */
    public boolean matches() {
        return differences.isEmpty();
    }

    /** @return every difference, in the order of the report's fields; empty when it matches */
    public List<String> differences() {
        return differences;
    }

    /** @return the report verified */
    public Report stored() {
        return stored;
    }

    /** @return the report the engine made again from the role, panel and policy */
    public Report rescored() {
        return rescored;
    }

    /** Lists the differences between a stored and a re-scored report, field by field. */
    static List<String> differences(Report stored, Report rescored) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        compare(out, "strategy", stored.strategyId(), rescored.strategyId());
        compare(out, "role", stored.roleId(), rescored.roleId());
        compare(out, "candidate", stored.candidateId(), rescored.candidateId());
        if (stored.audit().isEmpty()) {
            out.add("audit: stored none, re-scored " + rescored.audit().map(Object::toString).orElse("none"));
        } else if (rescored.audit().isPresent()) {
            ReportAudit a = stored.audit().get();
            ReportAudit b = rescored.audit().get();
            compare(out, "audit.roleId", a.roleId(), b.roleId());
            compare(out, "audit.roleContentVersion", a.roleContentVersion(), b.roleContentVersion());
            compare(out, "audit.strategyId", a.strategyId(), b.strategyId());
            compare(out, "audit.strategyVersion", a.strategyVersion(), b.strategyVersion());
            compare(out, "audit.policyFingerprint", a.policyFingerprint(), b.policyFingerprint());
            compare(out, "audit.libraryVersion", a.libraryVersion(), b.libraryVersion());
        }
        compare(out, "recommendation", stored.recommendation().id(), rescored.recommendation().id());
        compare(out, "composite", stored.composite(), rescored.composite());
        compareLists(out, "criteria", stored.criteria(), rescored.criteria());
        compareLists(out, "coverage", stored.coverage(), rescored.coverage());
        compareLists(out, "flags", stored.flags(), rescored.flags());
        compareLists(out, "trace", stored.trace(), rescored.trace());
        return out;
    }

    private static void compare(List<String> out, String what, Object stored, Object rescored) {
        if (!Objects.equals(stored, rescored)) {
            out.add(what + ": stored " + stored + ", re-scored " + rescored);
        }
    }

    private static <T> void compareLists(List<String> out, String what, List<T> stored, List<T> rescored) {
        int common = Math.min(stored.size(), rescored.size());
        for (int i = 0; i < common; i++) {
            compare(out, what + "[" + i + "]", stored.get(i), rescored.get(i));
        }
        for (int i = common; i < stored.size(); i++) {
            out.add(what + "[" + i + "]: stored " + stored.get(i) + ", re-scored none");
        }
        for (int i = common; i < rescored.size(); i++) {
            out.add(what + "[" + i + "]: stored none, re-scored " + rescored.get(i));
        }
    }

    /** @return whether it matches, and how many differences */
    @Override
    public String toString() {
        return matches() ? "ReportVerification[matches]" : "ReportVerification[" + differences.size() + " differences]";
    }
}
