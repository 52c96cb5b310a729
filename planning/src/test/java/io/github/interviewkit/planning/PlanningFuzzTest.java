package io.github.interviewkit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.DocumentCodec;

/**
 * Fuzz target of the planning problem reader: any bytes, read as JSON and as YAML for the
 * backend-architect kit, give a problem that its writer writes and the reader reads back to an
 * equal problem, or one {@link ContentException}. Anything else (another exception, an
 * {@link Error}, {@code null}, a problem that does not read back) is a finding. A normal build runs
 * it in regression mode over {@code PlanningFuzzTestInputs/problem/}; see "Fuzzing" in the README
 * for a fuzzing run.
 */
class PlanningFuzzTest {
    private static final Role KIT = BackendArchitect.role();
    private static final DocumentCodec<PlanningProblem> PROBLEMS = DocumentCodec.of(PlanningProblem.documentKind(KIT));

    @FuzzTest
    void problem(byte[] bytes) {
        for (ContentFormat format : ContentFormat.values()) {
            PlanningProblem problem;
            try {
                problem = PROBLEMS.read(bytes, format, "fuzz");
            } catch (ContentException expected) {
                assertNotNull(expected.getMessage());
                continue;
            }
            assertNotNull(problem);
            for (ContentFormat written : ContentFormat.values()) {
                assertEquals(problem, PlanningProblem.read(problem.write(written), written, KIT));
            }
        }
    }
}
