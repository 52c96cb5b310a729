package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The binary forms of the partial statistics are read from outside the JVM (a runner's shuffle, a
 * file): whatever the bytes, {@code fromBytes} gives either a form that writes back to the same
 * bytes' meaning or one {@link ScoringInputException}; never another exception, never a hang.
 * Each example applies a list of edits (overwrite, insert, delete, cut) to a valid form.
 */
class BinaryFormProperties {
    private static final CategorySet FOUR = CategorySet.of(1, 2, 3, 4);

    /** A valid form and its reader, by name. */
    private record Form(String name, byte[] bytes, Function<byte[], Object> read, Function<Object, byte[]> write) {}

    private static List<Form> forms() {
        int[][] ratings = PartialsProperties.ratings(11, 8, 3);
        double[][] scores = {{1, 2, 3}, {2, 2, 4}, {3, 1, 4}, {4, 3, 3}};
        SelectionFlow flow = SelectionFlow.of("screen", "onsite", "offer");
        List<Form> forms = new ArrayList<>();
        forms.add(new Form("CoincidenceCounts", CoincidenceCounts.of(FOUR, ratings, 0).toBytes(),
                CoincidenceCounts::fromBytes, o -> ((CoincidenceCounts) o).toBytes()));
        forms.add(new Form("CategoryCounts", CategoryCounts.of(FOUR, ratings, 0).toBytes(),
                CategoryCounts::fromBytes, o -> ((CategoryCounts) o).toBytes()));
        forms.add(new Form("ContingencyTable", ContingencyTable.of(FOUR, ratings, 0, 0, 1).toBytes(),
                ContingencyTable::fromBytes, o -> ((ContingencyTable) o).toBytes()));
        forms.add(new Form("IccSums", IccSums.of(List.of("ada", "bo", "cy"), scores).toBytes(),
                IccSums::fromBytes, o -> ((IccSums) o).toBytes()));
        forms.add(new Form("RankSums", RankSums.of(scores).toBytes(), RankSums::fromBytes, o -> ((RankSums) o).toBytes()));
        forms.add(new Form("SelectionCounts", SelectionCounts.ofOutcome("group-a", true)
                .merge(SelectionCounts.ofOutcome("group-b", false)).toBytes(),
                SelectionCounts::fromBytes, o -> ((SelectionCounts) o).toBytes()));
        forms.add(new Form("StageCounts", StageCounts.ofCandidate(flow, "group-a", "onsite", false)
                .merge(StageCounts.ofCandidate(flow, "group-b", "offer", true)).toBytes(),
                StageCounts::fromBytes, o -> ((StageCounts) o).toBytes()));
        forms.add(new Form("CriterionPassCounts", CriterionPassCounts.ofCandidate("group-a",
                Map.of("coding", true, "design", false)).toBytes(),
                CriterionPassCounts::fromBytes, o -> ((CriterionPassCounts) o).toBytes()));
        forms.add(new Form("CalibrationSums", PanelAnalytics.of(PanelFixtures.panels(PanelFixtures.role(4, "design"),
                new String[] {"ada", "bo", "cy"}, new Integer[][] {{1, 2, null}, {3, 3, 4}, {null, 2, 2}}))
                .calibrationSums().toBytes(), CalibrationSums::fromBytes, o -> ((CalibrationSums) o).toBytes()));
        return forms;
    }

    /** Applies edits: each is four numbers (operation, position, value, unused) taken in turn. */
    private static byte[] edit(byte[] valid, List<Integer> edits) {
        byte[] bytes = valid.clone();
        for (int i = 0; i + 2 < edits.size(); i += 3) {
            int at = bytes.length == 0 ? 0 : Math.floorMod(edits.get(i + 1), bytes.length + 1);
            byte value = (byte) (int) edits.get(i + 2);
            switch (Math.floorMod(edits.get(i), 4)) {
                case 0 -> {
                    if (at < bytes.length) {
                        bytes[at] = value;
                    }
                }
                case 1 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = value;
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                case 2 -> {
                    if (at < bytes.length) {
                        byte[] shorter = new byte[bytes.length - 1];
                        System.arraycopy(bytes, 0, shorter, 0, at);
                        System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                        bytes = shorter;
                    }
                }
                default -> bytes = Arrays.copyOf(bytes, at);
            }
        }
        return bytes;
    }

    @Test
    void everyForm_readsBackFromItsOwnBytes() {
        for (Form form : forms()) {
            assertTrue(Arrays.equals(form.bytes(), form.write().apply(form.read().apply(form.bytes()))), form.name());
        }
    }

    @Test
    void editedBytes_giveAFormOrOneScoringInputException() {
        List<Form> forms = forms();
        qt().withExamples(3000)
                .forAll(integers().between(0, forms.size() - 1),
                        lists().of(integers().between(-300, 300)).ofSizeBetween(3, 12))
                .checkAssert((which, edits) -> {
                    Form form = forms.get(which);
                    byte[] bytes = edit(form.bytes(), edits);
                    Object read;
                    try {
                        read = form.read().apply(bytes);
                    } catch (ScoringInputException expected) {
                        assertEquals("bytes", expected.violations().get(0).path(), expected.getMessage());
                        return;
                    } catch (RuntimeException e) {
                        fail(form.name() + " of " + Arrays.toString(bytes) + " threw " + e, e);
                        return;
                    }
                    // What was accepted is a form in its own right: it writes and reads back unchanged.
                    byte[] again = form.write().apply(read);
                    assertTrue(Arrays.equals(again, form.write().apply(form.read().apply(again))), form.name());
                });
    }
}
