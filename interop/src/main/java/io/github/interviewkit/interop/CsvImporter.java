package io.github.interviewkit.interop;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.ContentLimits;
import io.github.interviewkit.model.io.UnreadableContentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * Imports scorecards from CSV, for systems without an API: {@link #FORMAT} (RFC 4180 with a
 * required header row) and the columns of {@link CsvColumn}, one row per interviewer and criterion.
 * Rows of one application, interviewer and stage form one scorecard; the scorecards of one
 * application one panel. Every problem is reported with its row as a path ({@code [3].rating} is
 * the rating of the fourth data row) and located at the record's line and the column's number.
 *
 * <p>An importer is immutable and safe to share between threads.
 */
public final class CsvImporter {
    /** The format read: RFC 4180, the header row required and its names unique. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();

    private final Assembler assembler;
    private final ContentLimits limits;

    private CsvImporter(Assembler assembler, ContentLimits limits) {
        this.assembler = assembler;
        this.limits = limits;
    }

    /**
     * Returns an importer onto a role, with the default limits.
     *
     * @param role the role whose rubric the scorecards rate
     * @param mapping how the file's attributes, labels and stages map onto the role
     * @return the importer
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every rule of the mapping the role breaks
     */
    public static CsvImporter of(Role role, ImportMapping mapping) {
        return of(role, mapping, ContentLimits.defaults());
    }

    /**
     * Returns an importer onto a role, with limits: the file's size, a cell's length, the number of rows.
     *
     * @param role the role whose rubric the scorecards rate
     * @param mapping how the file's attributes, labels and stages map onto the role
     * @param limits the bounds on each file
     * @return the importer
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every rule of the mapping the role breaks
     */
    public static CsvImporter of(Role role, ImportMapping mapping, ContentLimits limits) {
        return new CsvImporter(Importers.assembler(role, mapping), Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Imports a CSV file.
     *
     * @param file the file, UTF-8 encoded
     * @return the panels and what the import did
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws UnreadableContentException if the file is missing, not a regular file, or cannot be read
     * @throws ImportException listing every problem, each at its row and column
     */
    public ImportReport read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new UnreadableContentException(file.toString(), Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in.readNBytes(limits.maxDocumentBytes() + 1), file.toString());
        } catch (IOException e) {
            throw new UnreadableContentException(file.toString(), e);
        }
    }

    /**
     * Imports CSV bytes.
     *
     * @param csv the file's content, UTF-8 encoded
     * @param source how to name the file in reports
     * @return the panels and what the import did
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every problem, each at its row and column
     */
    public ImportReport read(byte[] csv, String source) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(source, "source");
        Violations problems = Violations.collector();
        Optional<ImportReport> report = Optional.empty();
        if (csv.length > limits.maxDocumentBytes()) {
            problems.add("", csv.length + " bytes", "is larger than the limit of " + limits.maxDocumentBytes() + " bytes");
        } else {
            try {
                report = parse(new StringReader(CsvText.decode(csv)), problems);
            } catch (CsvText.Malformed e) {
                problems.add("", e.describe(), "is not valid UTF-8: a malformed byte sequence; content must be UTF-8 encoded");
            }
        }
        if (!problems.isEmpty() || report.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add("", null, "is not a valid scorecards CSV file");
            }
            throw new ImportException(source, problems);
        }
        return report.get();
    }

    private Optional<ImportReport> parse(Reader text, Violations problems) {
        List<Row> rows = new ArrayList<>();
        Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
        try (CSVParser parser = FORMAT.parse(text)) {
            if (!header(parser.getHeaderNames(), columns, problems)) {
                return Optional.empty();
            }
            for (CSVRecord record : parser) {
                if (rows.size() == limits.maxListSize()) {
                    problems.add(Violation.of("[" + rows.size() + "]", null, "has more rows than the limit of "
                            + limits.maxListSize()).at((int) parser.getCurrentLineNumber(), 1));
                    return Optional.empty();
                }
                Row row = new Row(rows.size(), (int) parser.getCurrentLineNumber(), record, columns);
                if (!record.isConsistent()) {
                    row.report(null, "has " + record.size() + " cells; the header has " + parser.getHeaderNames().size(), problems);
                } else {
                    row.checkLengths(limits.maxStringLength(), problems);
                }
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            problems.add("", null, "is not RFC 4180 CSV with a header row: " + malformed.getMessage());
            return Optional.empty();
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        List<SourceScorecard> cards = cards(rows, problems);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Row> byPath = new HashMap<>();
        rows.forEach(row -> byPath.put(row.path(), row));
        return assembler.assemble(cards, located(byPath, columns, problems));
    }

    private static boolean header(List<String> names, Map<CsvColumn, Integer> columns, ViolationSink problems) {
        boolean valid = true;
        for (int i = 0; i < names.size(); i++) {
            CsvColumn column = column(names.get(i));
            if (column == null) {
                problems.add(Violation.of("header[" + i + "]", names.get(i), "is not a column of a scorecards file; columns are "
                        + java.util.Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toList()).at(1, i + 1));
                valid = false;
            } else {
                columns.put(column, i);
            }
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.isRequired() && !columns.containsKey(column)) {
                problems.add(Violation.of("header", column.header(), "is a required column the header does not name").at(1, 1));
                valid = false;
            }
        }
        return valid;
    }

    private static @Nullable CsvColumn column(String header) {
        for (CsvColumn column : CsvColumn.values()) {
            if (column.header().equals(header)) {
                return column;
            }
        }
        return null;
    }

    /** Rows of one application, interviewer and stage make one scorecard; its own values agree across them. */
    private static List<SourceScorecard> cards(List<Row> rows, ViolationSink problems) {
        Map<String, SourceScorecard> cards = new LinkedHashMap<>();
        Map<SourceScorecard, Row> firsts = new HashMap<>();
        for (Row row : rows) {
            String key = row.cell(CsvColumn.APPLICATION_ID) + "\n" + row.cell(CsvColumn.INTERVIEWER_ID) + "\n" + row.cell(CsvColumn.STAGE);
            SourceScorecard card = cards.get(key);
            if (card == null) {
                card = new SourceScorecard(row.path(), "csv");
                cards.put(key, card);
                firsts.put(card, row);
                fill(card, row, problems);
            } else {
                Row first = firsts.get(card);
                for (CsvColumn column : List.of(CsvColumn.CANDIDATE_ID, CsvColumn.RECOMMENDATION, CsvColumn.NOTES,
                        CsvColumn.PRIVATE_NOTES, CsvColumn.SUBMITTED_AT, CsvColumn.SUBMITTED_BY, CsvColumn.SCORECARD_ID,
                        CsvColumn.INTERVIEW_ID)) {
                    if (!Objects.equals(row.cell(column), first.cell(column))) {
                        problems.add(row.violation(column, row.cell(column), "differs from the value on line " + first.line
                                + " of the same scorecard (application, interviewer and stage)"));
                    }
                }
            }
            String attribute = row.cell(CsvColumn.ATTRIBUTE);
            if (attribute == null) {
                problems.add(row.violation(CsvColumn.ATTRIBUTE, null, "is required"));
            } else {
                card.attributes.add(new SourceScorecard.Attribute(attribute, row.pathOf(CsvColumn.ATTRIBUTE),
                        row.cell(CsvColumn.RATING), row.pathOf(CsvColumn.RATING), row.cell(CsvColumn.NOTE)));
            }
        }
        return new ArrayList<>(cards.values());
    }

    private static void fill(SourceScorecard card, Row row, ViolationSink problems) {
        card.applicationId = row.cell(CsvColumn.APPLICATION_ID);
        card.applicationPath = row.pathOf(CsvColumn.APPLICATION_ID);
        card.candidateId = row.cell(CsvColumn.CANDIDATE_ID);
        card.candidatePath = row.pathOf(CsvColumn.CANDIDATE_ID);
        card.interviewerId = row.cell(CsvColumn.INTERVIEWER_ID);
        card.interviewerPath = row.pathOf(CsvColumn.INTERVIEWER_ID);
        card.stageName = row.cell(CsvColumn.STAGE);
        card.stagePath = row.pathOf(CsvColumn.STAGE);
        card.recommendation = row.cell(CsvColumn.RECOMMENDATION);
        card.recommendationPath = row.pathOf(CsvColumn.RECOMMENDATION);
        card.submittedBy = row.cell(CsvColumn.SUBMITTED_BY);
        card.scorecardId = row.cell(CsvColumn.SCORECARD_ID);
        card.interviewId = row.cell(CsvColumn.INTERVIEW_ID);
        card.notes = row.cell(CsvColumn.NOTES);
        card.privateNotes = row.cell(CsvColumn.PRIVATE_NOTES);
        String submittedAt = row.cell(CsvColumn.SUBMITTED_AT);
        if (submittedAt != null) {
            try {
                card.submittedAt = Instant.parse(submittedAt);
            } catch (DateTimeParseException e) {
                problems.add(row.violation(CsvColumn.SUBMITTED_AT, submittedAt, "must be an ISO-8601 time such as 2014-03-26T21:59:51Z"));
            }
        }
    }

    /** Locates the assembler's problems at the line of their row and the number of their column. */
    private static ViolationSink located(Map<String, Row> rows, Map<CsvColumn, Integer> columns, ViolationSink out) {
        return violation -> {
            String path = violation.path();
            int dot = path.indexOf('.');
            Row row = rows.get(dot < 0 ? path : path.substring(0, dot));
            if (row == null) {
                out.add(violation);
                return;
            }
            CsvColumn column = dot < 0 ? null : column(path.substring(dot + 1));
            int number = column == null || !columns.containsKey(column) ? 1 : columns.get(column) + 1;
            out.add(violation.at(row.line, number));
        };
    }

    /** One data row: its index, its line, its cells by column. */
    private static final class Row {
        final int index;
        final int line;
        final CSVRecord record;
        final Map<CsvColumn, Integer> columns;

        Row(int index, int line, CSVRecord record, Map<CsvColumn, Integer> columns) {
            this.index = index;
            this.line = line;
            this.record = record;
            this.columns = columns;
        }

        String path() {
            return "[" + index + "]";
        }

        String pathOf(CsvColumn column) {
            return path() + "." + column.header();
        }

        /** @return the cell, or null when the column is absent or the cell empty */
        @Nullable String cell(CsvColumn column) {
            Integer at = columns.get(column);
            if (at == null || at >= record.size()) {
                return null;
            }
            String value = record.get(at);
            // CR LF is read as LF, as the document codec reads it, so that the panel reads back equal.
            return value.isEmpty() ? null : value.replace("\r\n", "\n");
        }

        Violation violation(CsvColumn column, @Nullable String value, String message) {
            Integer at = columns.get(column);
            return Violation.of(pathOf(column), value, message).at(line, at == null ? 1 : at + 1);
        }

        void report(@Nullable String value, String message, ViolationSink out) {
            out.add(Violation.of(path(), value, message).at(line, 1));
        }

        void checkLengths(int max, ViolationSink out) {
            for (Map.Entry<CsvColumn, Integer> column : columns.entrySet()) {
                String value = record.get(column.getValue());
                if (value.length() > max) {
                    out.add(violation(column.getKey(), value.length() + " characters", "is longer than the limit of " + max + " characters"));
                } else {
                    String problem = ContentLimits.textProblem(value).orElse(null);
                    if (problem != null) {
                        out.add(violation(column.getKey(), value, problem));
                    }
                }
            }
        }
    }
}
