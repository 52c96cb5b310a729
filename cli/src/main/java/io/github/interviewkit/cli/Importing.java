package io.github.interviewkit.cli;

import io.github.interviewkit.interop.AshbyImporter;
import io.github.interviewkit.interop.CsvImporter;
import io.github.interviewkit.interop.GreenhouseImporter;
import io.github.interviewkit.interop.ImportException;
import io.github.interviewkit.interop.ImportMapping;
import io.github.interviewkit.interop.ImportNote;
import io.github.interviewkit.interop.ImportReport;
import io.github.interviewkit.interop.LeverImporter;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.ContentLimits;
import io.github.interviewkit.model.io.UnreadableContentException;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@code import} does with its options, through the interop module's importers: reads the
 * mapping and the role it names, imports the payload, reports each lossy mapping on standard error
 * and writes the panels (and, if asked, the scorecards) through the library's writers.
 */
final class Importing {
    private final ImportCommand command;
    private final OutputFormat written;

    Importing(ImportCommand command, OutputFormat written) {
        this.command = command;
        this.written = written;
    }

    /** @return the exit status */
    int run() {
        ImportMapping mapping = Documents.read(command.mapping, file -> ImportMapping.codec().read(file));
        Role role = DocumentRoles.of(command.mapping, command.role);
        Function<Path, ImportReport> importer = importer(role, mapping);
        Path payload = command.payload;
        ImportReport imported;
        try {
            imported = importer.apply(payload);
        } catch (ImportException e) {
            throw new Failures.InvalidDocument(payload.toString(), e);
        }
        if (imported.panels().size() > 1 && command.output == null) {
            throw new CommandFailure(Exit.USAGE, payload + " holds " + imported.panels().size()
                    + " applications: name a folder to write their panels into with -o");
        }
        report(imported);
        ContentFormat format = written == OutputFormat.JSON ? ContentFormat.JSON : ContentFormat.YAML;
        Map<String, String> panels = new LinkedHashMap<>();
        Map<String, String> scorecards = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        int index = 0;
        for (Map.Entry<String, Panel> application : imported.panels().entrySet()) {
            index++;
            String name = Outputs.fileName(application.getKey(), "application-" + index);
            if (!taken.add(name.toLowerCase(Locale.ROOT))) {
                name = "application-" + index;
                for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
                    name = "application-" + index + "-" + k;
                }
            }
            Panel panel = application.getValue();
            panels.put(name + written.extension(), panel.write(format));
            int card = 0;
            for (Scorecard scorecard : panel.scorecards()) {
                card++;
                scorecards.put(name + "-" + card + written.extension(), scorecard.write(format));
            }
        }
        if (panels.isEmpty()) {
            throw new CommandFailure(Exit.INVALID, payload + " holds no scorecard");
        }
        if (command.scorecards && command.output != null) {
            Outputs.writeInto(command.output, panels);
            Outputs.writeInto(command.output.resolve("scorecards"), scorecards);
        } else {
            Outputs.write(panels, command.output, command.out(), payload + " holds " + panels.size() + " applications", "");
        }
        return Exit.OK;
    }

    /** The importer of the source, as a function of the payload file. */
    private Function<Path, ImportReport> importer(Role role, ImportMapping mapping) {
        try {
            return switch (command.source) {
                case "greenhouse" -> {
                    GreenhouseImporter greenhouse = GreenhouseImporter.of(role, mapping);
                    yield file -> greenhouse.read(bytes(file), file.toString());
                }
                case "lever" -> {
                    LeverImporter lever = LeverImporter.of(role, mapping);
                    yield file -> lever.read(bytes(file), file.toString(), required(command.opportunity),
                            required(command.candidate));
                }
                case "ashby" -> {
                    AshbyImporter ashby = AshbyImporter.of(role, mapping);
                    yield file -> ashby.read(bytes(file), file.toString(), required(command.candidate));
                }
                case "csv" -> {
                    CsvImporter csv = CsvImporter.of(role, mapping);
                    yield csv::read;
                }
                default -> throw new IllegalStateException("import " + command.source + " is listed but not handled");
            };
        } catch (ImportException mappingDoesNotFit) {
            throw new Failures.InvalidDocument(command.mapping.toString(), mappingDoesNotFit);
        }
    }

    private static String required(@org.jspecify.annotations.Nullable String checkedByTheCommand) {
        if (checkedByTheCommand == null) {
            throw new IllegalStateException("the import command checks its options before importing");
        }
        return checkedByTheCommand;
    }

    /** Reads a payload, at most one byte past the default limit (the importer reports a payload too large). */
    private static byte[] bytes(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableContentException(file.toString(), Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ContentLimits.defaults().maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw new UnreadableContentException(file.toString(), e);
        }
    }

    /** Prints what the import did on standard error: each lossy mapping, then one line of figures. */
    private void report(ImportReport imported) {
        String payload = command.payload.toString();
        for (ImportNote note : imported.lossyMappings()) {
            command.err().println(payload + ": " + Outputs.oneLine(note.pointer()) + ": " + Outputs.oneLine(note.message())
                    + " (was " + Outputs.oneLine(note.sourceValue()) + ")");
        }
        int panels = imported.panels().size();
        int cards = imported.panels().values().stream().mapToInt(panel -> panel.scorecards().size()).sum();
        int lossy = imported.lossyMappings().size();
        int ignored = imported.ignoredAttributes().size();
        command.err().println("interviewkit: imported " + panels + (panels == 1 ? " panel" : " panels") + " (" + cards
                + (cards == 1 ? " scorecard" : " scorecards") + ") from " + payload + "; " + lossy
                + (lossy == 1 ? " rating" : " ratings") + " mapped lossily, " + ignored
                + (ignored == 1 ? " attribute" : " attributes") + " skipped as the mapping ignores "
                + (ignored == 1 ? "it" : "them"));
    }
}
