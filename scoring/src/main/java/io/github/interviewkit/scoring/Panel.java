package io.github.interviewkit.scoring;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.Role;
import java.util.List;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.ContentLimits;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.UnreadableContentException;
import java.nio.file.Path;
import org.immutables.value.Value;

/**
 * A candidate's interview panel: the role interviewed for and every interviewer's
 * {@link Scorecard}s.
 *
 * <p>An interviewer may hold several scorecards of one candidate, one per stage (a technical and a
 * system-design interview, say); the same interviewer twice at the same stage is a problem. Such
 * scorecards count as follows in the built-in strategies and analytics:
 * <ul>
 *   <li><b>Aggregation:</b> every scorecard is one independent rating of each criterion it
 *       assesses, whoever wrote it: two stages of one interviewer give two ratings.</li>
 *   <li><b>Panel size:</b> the number of distinct interviewers ({@link #interviewerIds()}), as in
 *       the {@code aggregate} trace entry and the {@code small-panel} flag, never the number of
 *       scorecards.</li>
 *   <li><b>Votes:</b> per interviewer: the {@code votes-disagree} flag counts the interviewers who
 *       voted on any of their scorecards, and an interviewer dissents if any of their votes goes
 *       against the outcome (named once).</li>
 *   <li><b>Calibration and agreement</b> ({@code io.github.interviewkit.analytics}): an
 *       interviewer's column pools all of their scorecards; where one interviewer rated the same
 *       criterion on several scorecards of a panel, that criterion's ratings in that panel are
 *       compared stage by stage (one unit per stage), so that no rating is dropped or averaged.</li>
 * </ul>
 *
 * <p>{@link Builder#build()} checks the scorecards against the role and throws one
 * {@link ScoringInputException} listing every problem with its path: an empty panel, a rating of a
 * criterion the rubric does not have ({@code scorecards[1].ratings[foo]}), a note on such a
 * criterion ({@code scorecards[1].criterionNotes[foo]}), a rating that is not a level of the scale,
 * an observed pitfall the role does not list ({@code scorecards[0].observedPitfalls[2]}), the same
 * interviewer twice at one stage, or scorecards of different candidates. The order of the
 * scorecards never changes a built-in strategy's report.
 */
public abstract class Panel {
    Panel() {}

    /** @return the role the candidate interviewed for */
    public abstract Role role();

    /** @return the scorecards, at least one, at most one per interviewer and stage */
    public abstract List<Scorecard> scorecards();

    /**
     * Returns the distinct interviewers of the panel, in the order of their first scorecard: the
     * panel's size as the built-in strategies count it.
     *
     * @return the interviewer ids, without repeats
     */
    public final List<String> interviewerIds() {
        return interviewerList();
    }

    /** The interviewers, listed on first use and kept by the generated implementation. */
    @Value.Lazy
    List<String> interviewerList() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (Scorecard card : scorecards()) {
            ids.add(card.interviewerId());
        }
        return List.copyOf(ids);
    }

    /**
     * Returns the ratings as a table indexed by scorecard and criterion, built on first use and
     * kept: scoring a panel with several strategies, or measuring it, indexes it once.
     *
     * @return the table of ratings
     */
    public final PanelRatings ratings() {
        return ratingsTable();
    }

    /** The table, made on first use and kept by the generated implementation. */
    @Value.Lazy
    PanelRatings ratingsTable() {
        return PanelRatings.of(this);
    }

    /** @return the candidate's id, shared by every scorecard */
    public final String candidateId() {
        return scorecards().get(0).candidateId();
    }

    /**
     * Returns a panel.
     *
     * @param role the role
     * @param scorecards the scorecards, at most one per interviewer and stage
     * @return the panel
     * @throws NullPointerException if an argument or a scorecard is {@code null}
     * @throws ScoringInputException if the panel is invalid; every problem is listed
     */
    public static Panel of(Role role, List<Scorecard> scorecards) {
        return builder().role(role).scorecards(scorecards).build();
    }

    /**
     * Reads a panel of a role from JSON or YAML text: {@code role: {id, contentVersion}} and
     * {@code scorecards: [...]}, each scorecard as {@link Scorecard#read(String, ContentFormat)}
     * reads it. The document's role must be the one given, in the same content version; otherwise
     * that is a problem at {@code role.id} or {@code role.contentVersion}. The scorecards are checked
     * against the role as {@link Builder#build()} checks them. Reading is bounded by
     * {@link ContentLimits#defaults()}; for other limits, or to ignore unknown fields, read with a
     * {@link DocumentCodec} of {@link #documentKind(Role)}.
     *
     * @param role the role the panel is for
     * @param text the document
     * @param format its format
     * @return the panel
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException listing every problem with its path and its line and column
     */
    public static Panel read(Role role, String text, ContentFormat format) {
        return PanelDocument.codec(role).read(text, format);
    }

    /**
     * Reads a panel of a role from a file, JSON or YAML by its extension.
     *
     * @param role the role the panel is for
     * @param file the file
     * @return the panel
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the file's extension names no format
     * @throws UnreadableContentException if the file is missing, not a regular file, or cannot be read
     * @throws ScoringInputException if the panel is invalid or names another role; every problem is listed
     */
    public static Panel read(Role role, Path file) {
        return PanelDocument.codec(role).read(file);
    }

    /**
     * Writes this panel as a document that {@link #read(Role, String, ContentFormat)} reads back,
     * with the same role, to an equal panel: the role's id and content version, then the scorecards
     * in panel order, each as {@link Scorecard#write(ContentFormat)} writes it.
     *
     * @param format the format
     * @return the document
     * @throws NullPointerException if {@code format} is {@code null}
     */
    public final String write(ContentFormat format) {
        return PanelDocument.codec(role()).write(this, Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns the kind of document a panel of a role is, for a {@link DocumentCodec} with limits of
     * its own or that ignores unknown fields.
     *
     * @param role the role the panels read are checked against
     * @return the document kind; reading gives a {@link ScoringInputException} for an invalid panel
     * @throws NullPointerException if {@code role} is {@code null}
     */
    public static DocumentKind<Panel> documentKind(Role role) {
        return new PanelDocument(Objects.requireNonNull(role, "role"));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Panel}; {@link #build()} checks every scorecard against the role. Scorecards given
     * as builders are built and checked with the panel, their problems reported under {@code scorecards[i]}.
     */
    public static final class Builder {
        private @Nullable Role role;
        private final List<Parts.Part<Scorecard>> scorecards = new ArrayList<>();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(Panel value) {
            Objects.requireNonNull(value, "value");
            return role(value.role())
                    .scorecards(value.scorecards());
        }

        /**
         * Sets the role the candidate interviewed for.
         *
         * @param role the value
         * @return this builder
         * @throws NullPointerException if {@code role} is {@code null}
         */
        public Builder role(Role role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        /**
         * Adds the scorecards after those added so far.
         *
         * @param scorecards the values
         * @return this builder
         * @throws NullPointerException if {@code scorecards} or one of them is {@code null}
         */
        public Builder addScorecards(Scorecard... scorecards) {
            Parts.addValues(this.scorecards, "scorecards", scorecards);
            return this;
        }

        /**
         * Adds one of the scorecards, to be built and checked with this value: its problems are reported
         * under its place in the list.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder addScorecards(Scorecard.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.scorecards.add(builder::tree);
            return this;
        }

        /**
         * Adds the scorecards after those added so far.
         *
         * @param scorecards the values
         * @return this builder
         * @throws NullPointerException if {@code scorecards} or one of them is {@code null}
         */
        public Builder addAllScorecards(Iterable<Scorecard> scorecards) {
            Parts.addAllValues(this.scorecards, "scorecards", scorecards);
            return this;
        }

        /**
         * Replaces the scorecards.
         *
         * @param scorecards the values, in order
         * @return this builder
         * @throws NullPointerException if {@code scorecards} or one of them is {@code null}
         */
        public Builder scorecards(Iterable<Scorecard> scorecards) {
            Objects.requireNonNull(scorecards, "scorecards");
            this.scorecards.clear();
            return addAllScorecards(scorecards);
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ScoringInputException listing every problem of the value and of the parts built with it
         */
        public Panel build() {
            return Violations.build("Panel", ScoringInputException::new, this::tree);
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Panel> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        @Nullable Panel tree(ViolationSink out) {

            Panel panel = new ImmutablePanel.Builder()
                    .role(role)
                    .addAllScorecards(Parts.all(scorecards, "scorecards", out))
                    .build();
            InputRules.panel(panel, out);
            return panel;
        }
    }
}
