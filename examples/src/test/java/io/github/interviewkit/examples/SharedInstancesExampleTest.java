package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * One RoleReader, one prepared scorer and one PanelAnalytics shared by 8 threads give the results of
 * a sequential run: 8 x 1,000 operations here, kept fast for the build; the 8 x 100,000 run is the
 * example's main (benchmarks/README.md).
 */
class SharedInstancesExampleTest {
    @Test
    void compare_eightThreadsSharingInstances_giveTheSequentialResults() {
        SharedInstancesExample.Outcome outcome = SharedInstancesExample.compare(8, 1_000);

        assertEquals(0, outcome.mismatches());
    }

    @Test
    void operations_differInResult_soThatAMixUpWouldBeCounted() {
        // The comparison can fail: operations give different values, so answering one with another's counts.
        var shared = SharedInstancesExample.Shared.fresh(java.util.List.of("", ""));
        var operations = SharedInstancesExample.operations(shared.panels().size());

        assertNotEquals(operations.get(2).apply(shared), operations.get(3).apply(shared));
    }

    @Test
    void run_printsTheCountsAndNoMismatch() {
        String out = Printed.by(stream -> SharedInstancesExample.run(stream, 2, 50));

        assertEquals(true, out.startsWith("2 threads x 50 operations on one RoleReader, one PanelScorer and one "
                + "PanelAnalytics: 0 results differ from the sequential run ("), out);
    }
}
