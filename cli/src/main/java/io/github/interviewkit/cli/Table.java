package io.github.interviewkit.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * A table of figures with a title: printed aligned for people, or as CSV records
 * {@code table,subject,measure,value} (one per cell past the first column), which every
 * spreadsheet and data frame reads and pivots.
 */
final class Table {
    /** The CSV header of {@link #csv}. */
    static final List<String> CSV_HEADER = List.of("table", "subject", "measure", "value");

    private final String id;
    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param id the table's id in CSV, e.g. {@code agreement}
     * @param title the heading printed above it
     * @param columns the column headings; the first names the rows' subject
     */
    Table(String id, String title, String... columns) {
        this.id = id;
        this.title = title;
        this.columns = List.of(columns);
    }

    /** Adds a row, one cell per column. */
    Table row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + title + " has " + columns.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** @return the rows, in the order added */
    List<List<String>> rows() {
        return rows;
    }

    /** @return the table as aligned text under its title, ending with a line end */
    String text() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder(title).append('\n');
        line(text, columns, widths);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        text.append(rule).append('\n');
        for (List<String> row : rows) {
            line(text, row, widths);
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            line.append(c == 0 ? "" : "  ").append(cells.get(c)).append(" ".repeat(widths[c] - cells.get(c).length()));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** Appends the records of this table (no header), each ending with {@code \n}. */
    void csv(StringBuilder text) {
        for (List<String> row : rows) {
            for (int c = 1; c < columns.size(); c++) {
                text.append(CSV.format(id, row.get(0), columns.get(c), row.get(c))).append('\n');
            }
        }
    }

    /** @return the tables as one CSV document with a header, {@code \n} line ends */
    static String csv(List<Table> tables) {
        StringBuilder text = new StringBuilder(CSV.format(CSV_HEADER.toArray())).append('\n');
        for (Table table : tables) {
            table.csv(text);
        }
        return text.toString();
    }

    /** RFC 4180 records: fields quoted when they hold a comma, a quote or a line end. */
    private static final CSVFormat CSV = CSVFormat.RFC4180;
}
