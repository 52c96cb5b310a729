package io.github.interviewkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

/** The outcomes table, in the shape analytics-beam's AnalyticsPipeline reads ("key,candidate,group,stage,passed"). */
class SelectionOutcomesTest {
    @Test
    void csv_writesTheHeaderAndOneQuotedRowPerOutcome() {
        String csv = SelectionOutcomes.table()
                .add("req-7", "c1", "group a", QuestionCategory.TECHNICAL, true)
                .add("req-7", "c,2", "group \"b\"", QuestionCategory.SCREENING, false)
                .csv();

        assertEquals("key,candidate,group,stage,passed\n"
                + "req-7,c1,group a,technical,true\n"
                + "req-7,\"c,2\",\"group \"\"b\"\"\",screening,false\n", csv);
    }

    @Test
    void add_report_passesWhenTheReportRecommendsHiring() {
        ImportReport imported = GreenhouseImporter.of(Fixtures.KIT, Fixtures.greenhouseMapping())
                .read(Fixtures.bytes("greenhouse/scorecards-list.json"), "list");
        Report report = ScoringEngine.builder().registerBuiltIns().build().score(imported.panel("3456"));

        String csv = SelectionOutcomes.table().add("backend", report, "g", QuestionCategory.SCREENING).csv();

        assertEquals("key,candidate,group,stage,passed\nbackend,1234,g,screening," + report.recommendation().isHire() + "\n", csv);
    }

    @Test
    void add_blankLabels_areRejectedNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SelectionOutcomes.table().add("k", "c", " ", QuestionCategory.TECHNICAL, true));
        assertEquals("group: must not be blank", e.getMessage());
    }
}
