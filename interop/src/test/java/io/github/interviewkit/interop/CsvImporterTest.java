package io.github.interviewkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Scorecard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CSV importer: {@code csv/scorecards.csv} (written for these tests) and broken variants of it. */
class CsvImporterTest {
    private final CsvImporter importer = CsvImporter.of(Fixtures.KIT, Fixtures.greenhouseMapping());

    private static final String HEADER = "application_id,candidate_id,interviewer_id,stage,attribute,rating\n";

    private ImportException failure(String csv) {
        return assertThrows(ImportException.class, () -> importer.read(csv.getBytes(StandardCharsets.UTF_8), "file.csv"));
    }

    /** @return each problem as "line:column pointer: message" */
    private static List<String> located(ImportException e) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < e.violations().size(); i++) {
            Violation v = e.violations().get(i);
            lines.add(v.line().orElse(0) + ":" + v.column().orElse(0) + " " + e.pointers().get(i) + ": " + v.message());
        }
        return lines;
    }

    @Test
    void read_groupsRowsIntoScorecardsAndScorecardsIntoAPanelPerApplication() {
        ImportReport report = importer.read(Fixtures.bytes("csv/scorecards.csv"), "scorecards.csv");

        assertEquals(List.of("3456", "777"), List.copyOf(report.panels().keySet()));
        Panel panel = report.panel("3456");
        assertEquals(2, panel.scorecards().size());
        Scorecard screening = panel.scorecards().get(0);
        assertEquals(QuestionCategory.SCREENING, screening.stage());
        assertEquals(Rating.of(3), screening.rating("system-design"));
        assertEquals(Rating.of(4), screening.rating("explains-architectural-choices"));
        assertEquals(Rating.notAssessed(), screening.rating("database-systems"));
        assertEquals(Optional.of(Recommendation.HIRE), screening.vote());
        assertEquals(Optional.of("Seems like a decent candidate."), screening.notes());
        assertEquals(List.of("/3/rating"), report.lossyMappings().stream().map(ImportNote::pointer).toList());
        assertEquals(Optional.of("Keep an eye on it"), screening.privateNotes());
        assertEquals(java.util.Map.of("system-design", "Solid decomposition"), screening.criterionNotes());
        assertEquals(Optional.of(java.time.Instant.parse("2014-03-26T21:59:51Z")), screening.submittedAt());
        assertEquals("csv", screening.source().orElseThrow().system());
        assertEquals(java.util.Map.of("system-design", "Needed hints, then \"got it\""), panel.scorecards().get(1).criterionNotes());
    }

    @Test
    void read_unknownAndMissingColumns_areReportedInTheHeader() {
        ImportException e = failure("application_id,candidate,interviewer_id,stage,attribute,rating\n1,2,3,Application Review,Communication,yes\n");

        assertEquals(List.of(
                "1:1 /header: is a required column the header does not name",
                "1:2 /header/1: is not a column of a scorecards file; columns are [application_id, candidate_id, "
                        + "interviewer_id, stage, attribute, rating, note, recommendation, notes, private_notes, submitted_at, "
                        + "submitted_by, scorecard_id, interview_id]"), located(e));
        assertEquals("\"candidate_id\"", e.violations().get(0).value());
    }

    @Test
    void read_rowsThatDoNotFit_areEachReportedAtTheirLineAndColumn() {
        ImportException e = failure(HEADER
                + "1,2,3,Application Review,Communication,maybe\n"
                + "1,2,3,Application Review,Teamwork,yes\n"
                + "1,2,3,Coffee Chat,Communication,yes\n"
                + "1,2\n");

        assertEquals(List.of(
                "5:1 /3: has 2 cells; the header has 6"), located(e));
        ImportException mapped = failure(HEADER
                + "1,2,3,Application Review,Communication,maybe\n"
                + "1,2,3,Application Review,Teamwork,yes\n"
                + "1,2,3,Coffee Chat,Problem Solver,yes\n");
        assertEquals(List.of(
                "2:6 /0/rating: is not a rating label of the mapping; labels are [definitely_not, no, mixed, yes, strong_yes, no_decision]",
                "3:5 /1/attribute: is not mapped onto a criterion and not ignored; mapped are [Problem Solver, Communication, Analytical]",
                "4:4 /2/stage: is not a stage of the mapping and the mapping has no defaultStage; stages are "
                        + "[Application Review, Behavioral Phone Interview]"), located(mapped));
    }

    /**
     * Found by ImportFuzzTest#csv: a NUL in a cell went into the panel, whose document the panel
     * reader then rejected, and malformed UTF-8 was silently replaced by U+FFFD. CSV now follows the
     * codec's text policy.
     */
    @Test
    void read_appliesTheTextPolicy_controlBidiAndMalformedUtf8AreRejected_crLfIsReadAsLf() {
        ImportException e = failure("application_id,candidate_id,interviewer_id,stage,attribute,rating,private_notes\n"
                + "1,2,3,Application Review,Communication,yes,Keep an eye\u0000on it\n"
                + "1,2,\u202E3,Application Review,Problem Solver,yes,Keep an eye\u0000on it\n");
        assertEquals(List.of(
                "2:7 /0/private_notes: holds the control character U+0000; text may not hold control characters other than tab and line feed",
                "3:3 /1/interviewer_id: holds the bidirectional control character U+202E, which can make text display in another order than it reads",
                "3:7 /1/private_notes: holds the control character U+0000; text may not hold control characters other than tab and line feed"),
                located(e));
        byte[] malformed = (HEADER + "1,2,3,Application Review,Communication,yes\n").getBytes(StandardCharsets.UTF_8);
        malformed[HEADER.length() + 6] = (byte) 0xC3;
        ImportException bytes = assertThrows(ImportException.class, () -> importer.read(malformed, "file.csv"));
        assertEquals(List.of("is not valid UTF-8: a malformed byte sequence; content must be UTF-8 encoded (was \"byte 0xC3 at byte offset "
                + (HEADER.length() + 6) + "\")"), bytes.violations().stream().map(v -> v.message() + " (was " + v.value() + ")").toList());
        ImportReport crLf = importer.read(("application_id,candidate_id,interviewer_id,stage,attribute,rating,notes\r\n"
                + "1,2,3,Application Review,Communication,yes,\"two\r\nlines\"\r\n").getBytes(StandardCharsets.UTF_8), "file.csv");
        Panel panel = crLf.panel("1");
        assertEquals(Optional.of("two\nlines"), panel.scorecards().get(0).notes());
        assertEquals(panel, Panel.read(Fixtures.KIT, panel.write(io.github.interviewkit.model.io.ContentFormat.JSON),
                io.github.interviewkit.model.io.ContentFormat.JSON));
    }

    @Test
    void read_anotherCandidateInOneApplicationAndScorecardValuesThatDisagree_areRejected() {
        ImportException e = failure("application_id,candidate_id,interviewer_id,stage,attribute,rating,recommendation\n"
                + "1,2,3,Application Review,Communication,yes,yes\n"
                + "1,2,3,Application Review,Problem Solver,yes,no\n"
                + "1,9,4,Application Review,Problem Solver,yes,yes\n");

        assertEquals(List.of(
                "3:7 /1/recommendation: differs from the value on line 2 of the same scorecard (application, interviewer and stage)"),
                located(e));
        ImportException other = failure(HEADER
                + "1,2,3,Application Review,Communication,yes\n"
                + "1,9,4,Application Review,Problem Solver,yes\n");
        assertEquals(List.of("3:2 /1/candidate_id: differs from the candidate \"2\" of application 1 (/0)"), located(other));
    }

    @Test
    void read_malformedCsvAndFilesPastTheLimits_areRejected() {
        assertEquals(1, failure(HEADER + "1,2,3,\"unterminated\n").violations().size());
        CsvImporter small = CsvImporter.of(Fixtures.KIT, Fixtures.greenhouseMapping(),
                io.github.interviewkit.model.io.ContentLimits.of(1024, 4, 8, 1));
        ImportException rows = assertThrows(ImportException.class, () -> small.read((HEADER
                + "1,2,3,Application Review,Communication,yes\n1,2,3,Application Review,Problem Solver,yes\n")
                .getBytes(StandardCharsets.UTF_8), "rows"));
        assertEquals(List.of("2:4 /0/stage: is longer than the limit of 8 characters",
                "2:5 /0/attribute: is longer than the limit of 8 characters",
                "3:1 /1: has more rows than the limit of 1"), located(rows));
        ImportException size = assertThrows(ImportException.class, () -> small.read(new byte[1025], "size"));
        assertEquals(List.of(": is larger than the limit of 1024 bytes"), Fixtures.problems(size));
    }
}
