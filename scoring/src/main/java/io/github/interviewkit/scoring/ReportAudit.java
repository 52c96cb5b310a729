package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.CheckedContent;
import io.github.interviewkit.model.io.ContentFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What produced a {@link Report}, so that a stored decision can be audited and reproduced (US
 * employers keep records of selection decisions, 29 CFR 1607.4 and 1607.15): the role's id and
 * content version, the strategy's id and version, the fingerprint of the effective policy, the
 * library's version, and when it was scored.
 *
 * <p>The {@linkplain #policyFingerprint() policy fingerprint} is the SHA-256, in lower-case hex, of
 * the policy's canonical document: {@link ScoringPolicy#write(ContentFormat) policy.write(JSON)} in
 * UTF-8, which writes every attribute, defaults included, in a fixed order. Two policies that
 * decide alike have the same fingerprint however they were built.
 *
 * <p>The library reads no clock: {@link #scoredAt()} is what the caller gave the engine
 * ({@link ScoringEngine.Builder#clock(java.time.Clock)}), and empty by default, so that scoring the
 * same panel twice gives equal reports.
 */
public final class ReportAudit {
    private final String roleId;
    private final String roleContentVersion;
    private final String strategyId;
    private final String strategyVersion;
    private final String policyFingerprint;
    private final String libraryVersion;
    private final @Nullable Instant scoredAt;

    private ReportAudit(String roleId, String roleContentVersion, String strategyId, String strategyVersion,
                        String policyFingerprint, String libraryVersion, @Nullable Instant scoredAt) {
        this.roleId = roleId;
        this.roleContentVersion = roleContentVersion;
        this.strategyId = strategyId;
        this.strategyVersion = strategyVersion;
        this.policyFingerprint = policyFingerprint;
        this.libraryVersion = libraryVersion;
        this.scoredAt = scoredAt;
    }

    /**
     * Returns the audit of scoring a role's panels with a strategy under a policy, by this library.
     *
     * @param role the role
     * @param strategy the strategy
     * @param policy the effective policy
     * @param scoredAt when the panel was scored, or empty
     * @return the audit
     * @throws NullPointerException if an argument is {@code null}
     */
    public static ReportAudit of(Role role, ScoringStrategy strategy, ScoringPolicy policy, Optional<Instant> scoredAt) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(scoredAt, "scoredAt");
        return new ReportAudit(role.id(), role.contentVersion(), strategy.id(), strategy.version(),
                fingerprint(policy), runningLibraryVersion(), scoredAt.orElse(null));
    }

    /** An audit read back from a report document; the values were checked by the reader. */
    static ReportAudit read(String roleId, String roleContentVersion, String strategyId, String strategyVersion,
                            String policyFingerprint, String libraryVersion, @Nullable Instant scoredAt) {
        return new ReportAudit(roleId, roleContentVersion, strategyId, strategyVersion, policyFingerprint,
                libraryVersion, scoredAt);
    }

    /**
     * Returns the fingerprint of a policy: the SHA-256, lower-case hex, of its canonical JSON document.
     *
     * @param policy the policy
     * @return 64 hex digits
     * @throws NullPointerException if {@code policy} is {@code null}
     */
    public static String fingerprint(ScoringPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(policy.write(ContentFormat.JSON).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** @return the version of the running library, e.g. {@code 0.1.0-SNAPSHOT} */
    static String runningLibraryVersion() {
        String mark = CheckedContent.checkedBy();
        return mark.startsWith("interviewkit ") ? mark.substring("interviewkit ".length()) : mark;
    }

    /** @return the id of the role scored */
    public String roleId() {
        return roleId;
    }

    /** @return the content version of the role scored */
    public String roleContentVersion() {
        return roleContentVersion;
    }

    /** @return the id of the strategy that scored */
    public String strategyId() {
        return strategyId;
    }

    /** @return the strategy's {@linkplain ScoringStrategy#version() version} */
    public String strategyVersion() {
        return strategyVersion;
    }

    /** @return the SHA-256 of the effective policy's canonical document, lower-case hex */
    public String policyFingerprint() {
        return policyFingerprint;
    }

    /** @return the version of the library that scored */
    public String libraryVersion() {
        return libraryVersion;
    }

    /** @return when the panel was scored, as the caller's clock gave it; empty when no clock was given */
    public Optional<Instant> scoredAt() {
        return Optional.ofNullable(scoredAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportAudit that && roleId.equals(that.roleId)
                && roleContentVersion.equals(that.roleContentVersion) && strategyId.equals(that.strategyId)
                && strategyVersion.equals(that.strategyVersion) && policyFingerprint.equals(that.policyFingerprint)
                && libraryVersion.equals(that.libraryVersion) && Objects.equals(scoredAt, that.scoredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roleId, roleContentVersion, strategyId, strategyVersion, policyFingerprint, libraryVersion,
                scoredAt);
    }

    /** @return every field, on one line */
    @Override
    public String toString() {
        return "ReportAudit[role " + roleId + " " + roleContentVersion + ", strategy " + strategyId + " "
                + strategyVersion + ", policy sha-256 " + policyFingerprint + ", interviewkit " + libraryVersion
                + ", scored at " + (scoredAt == null ? "(not given)" : scoredAt) + "]";
    }
}
