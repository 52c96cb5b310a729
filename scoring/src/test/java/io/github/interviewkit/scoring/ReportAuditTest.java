package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.CheckedContent;
import io.github.interviewkit.model.io.ContentFormat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportAuditTest {
    private static final ScoringEngine ENGINE = ScoringEngine.builder().registerBuiltIns().build();

    private static Panel panel() {
        return Panel.of(TestRoles.SMALL, List.of(TestRoles.card("ann", 3, 4, 2), TestRoles.card("bob", 4, 3, 3)));
    }

    @Test
    void everyEngineReport_recordsRoleStrategyPolicyAndLibrary_andNoTimeWithoutAClock() throws Exception {
        Report report = ENGINE.score(panel());
        ReportAudit audit = report.audit().orElseThrow();
        assertEquals("test-engineer", audit.roleId());
        assertEquals("1.0.0", audit.roleContentVersion());
        assertEquals("structured", audit.strategyId());
        assertEquals(CheckedContent.checkedBy(), "interviewkit " + audit.strategyVersion());
        assertEquals(CheckedContent.checkedBy(), "interviewkit " + audit.libraryVersion());
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(ScoringPolicy.defaults().write(ContentFormat.JSON).getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest), audit.policyFingerprint());
        assertEquals(Optional.empty(), audit.scoredAt());
        assertEquals(report, ENGINE.score(panel()));
    }

    @Test
    void theCallersClock_givesTheScoredAtInstant_whichTheDocumentKeeps() {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        ScoringEngine clocked = ScoringEngine.builder().registerBuiltIns().clock(Clock.fixed(at, ZoneOffset.UTC)).build();
        Report report = clocked.score(panel());
        assertEquals(Optional.of(at), report.audit().orElseThrow().scoredAt());
        for (ContentFormat format : ContentFormat.values()) {
            Report read = Report.read(report.write(format), format);
            assertEquals(report, read);
            assertEquals(report.audit(), read.audit());
        }
    }

    @Test
    void policiesThatDecideAlike_shareAFingerprint_andOthersDoNot() {
        ScoringPolicy built = ScoringPolicy.builder().hireThreshold(ScoringPolicy.defaults().hireThreshold()).build();
        assertEquals(ReportAudit.fingerprint(ScoringPolicy.defaults()), ReportAudit.fingerprint(built));
        ScoringPolicy stricter = ScoringPolicy.builder().hireThreshold(new BigDecimal("0.7")).build();
        assertNotEquals(ReportAudit.fingerprint(ScoringPolicy.defaults()), ReportAudit.fingerprint(stricter));
    }

    @Test
    void verify_matchesAStoredReportReadBack() {
        Report stored = Report.read(ENGINE.score(panel()).toYaml(), ContentFormat.YAML);
        ReportVerification verification = ENGINE.verify(stored, panel(), ScoringPolicy.defaults());
        assertTrue(verification.matches(), verification.differences().toString());
        assertEquals(stored, verification.rescored());
    }

    @Test
    void verify_listsEveryDifference_ofAnotherPolicyAnotherPanelAndAnotherRoleVersion() {
        Report stored = ENGINE.score(panel());
        ScoringPolicy stricter = ScoringPolicy.builder().hireThreshold(new BigDecimal("0.95"))
                .strongHireThreshold(new BigDecimal("0.99")).build();
        ReportVerification other = ENGINE.verify(stored, panel(), stricter);
        assertFalse(other.matches());
        assertTrue(other.differences().get(0).startsWith("audit.policyFingerprint: stored "), other.differences().toString());
        assertTrue(other.differences().stream().anyMatch(d -> d.startsWith("recommendation: stored ")),
                other.differences().toString());

        Role newer = Role.builder().from(TestRoles.SMALL).contentVersion("1.1.0").build();
        Panel samePanelNewerRole = Panel.of(newer, panel().scorecards());
        assertEquals(List.of("audit.roleContentVersion: stored 1.0.0, re-scored 1.1.0"),
                ENGINE.verify(stored, samePanelNewerRole, ScoringPolicy.defaults()).differences());

        Panel changed = Panel.of(TestRoles.SMALL, List.of(TestRoles.card("ann", 1, 4, 2), TestRoles.card("bob", 4, 3, 3)));
        List<String> differences = ENGINE.verify(stored, changed, ScoringPolicy.defaults()).differences();
        assertTrue(differences.stream().anyMatch(d -> d.startsWith("criteria[0]: stored ")), differences.toString());
    }

    @Test
    void verify_reportsAStoredReportWithoutAudit() {
        Report bare = ScoringStrategies.structured().prepare(TestRoles.SMALL, ScoringPolicy.defaults()).score(panel());
        List<String> differences = ENGINE.verify(bare, panel(), ScoringPolicy.defaults()).differences();
        assertEquals(1, differences.size());
        assertTrue(differences.get(0).startsWith("audit: stored none, re-scored ReportAudit[role test-engineer 1.0.0"),
                differences.toString());
    }
}
