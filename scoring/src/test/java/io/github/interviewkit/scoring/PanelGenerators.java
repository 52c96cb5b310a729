package io.github.interviewkit.scoring;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.interviewkit.model.QuestionCategory;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of panels for {@link TestRoles#SMALL}: one to six interviewers, each
 * criterion rated 1..4 or not assessed, pitfalls and votes at random.
 */
final class PanelGenerators {
    private PanelGenerators() {}

    static final String[] CRITERIA = {"system-design", "communication", "coding"};
    static final String[] PITFALLS = {"no-security", "overcomplicates", "verbose"};

    /** A panel as plain numbers: ratings[k][i] is interviewer k's rating of criterion i, 0 for not assessed. */
    static final class RawPanel {
        final int[][] ratings;
        final boolean[][] pitfalls;
        final int[] votes;

        RawPanel(int[][] ratings, boolean[][] pitfalls, int[] votes) {
            this.ratings = ratings;
            this.pitfalls = pitfalls;
            this.votes = votes;
        }

        RawPanel withRating(int interviewer, int criterion, int level) {
            int[][] copy = new int[ratings.length][];
            for (int k = 0; k < ratings.length; k++) {
                copy[k] = ratings[k].clone();
            }
            copy[interviewer][criterion] = level;
            return new RawPanel(copy, pitfalls, votes);
        }

        Panel panel() {
            return Panel.of(TestRoles.SMALL, cards());
        }

        List<Scorecard> cards() {
            List<Scorecard> cards = new ArrayList<>();
            for (int k = 0; k < ratings.length; k++) {
                Scorecard.Builder card = Scorecard.builder().candidateId("c-1").interviewerId("i" + k)
                        .stage(k % 2 == 0 ? QuestionCategory.TECHNICAL : QuestionCategory.SCREENING);
                for (int i = 0; i < CRITERIA.length; i++) {
                    if (ratings[k][i] > 0) {
                        card.rate(CRITERIA[i], ratings[k][i]);
                    } else if ((k + i) % 2 == 0) {
                        card.notAssessed(CRITERIA[i]);
                    }
                }
                for (int p = 0; p < PITFALLS.length; p++) {
                    if (pitfalls[k][p]) {
                        card.addObservedPitfalls(PITFALLS[p]);
                    }
                }
                if (votes[k] < Recommendation.INCOMPLETE.ordinal()) {
                    card.vote(Recommendation.values()[votes[k]]);
                }
                card.notes("generated");
                cards.add(card.build());
            }
            return cards;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < ratings.length; k++) {
                text.append(java.util.Arrays.toString(ratings[k])).append(java.util.Arrays.toString(pitfalls[k]))
                        .append(votes[k]).append(' ');
            }
            return text.toString();
        }
    }

    /**
     * Panels whose ratings come from {@code 0..4} (0: not assessed) and whose pitfalls each appear
     * with the given chance in percent.
     */
    static Gen<RawPanel> panels(int pitfallPercent) {
        Gen<Integer> size = integers().between(1, 6);
        Gen<Integer> level = integers().between(0, 4);
        Gen<Integer> percent = integers().between(0, 99);
        Gen<Integer> vote = integers().between(0, 4);
        Gen<RawPanel> gen = in -> {
            int n = size.generate(in);
            int[][] ratings = new int[n][CRITERIA.length];
            boolean[][] pitfalls = new boolean[n][PITFALLS.length];
            int[] votes = new int[n];
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < CRITERIA.length; i++) {
                    ratings[k][i] = level.generate(in);
                }
                for (int p = 0; p < PITFALLS.length; p++) {
                    pitfalls[k][p] = percent.generate(in) < pitfallPercent;
                }
                votes[k] = vote.generate(in);
            }
            return new RawPanel(ratings, pitfalls, votes);
        };
        return gen.describedAs(RawPanel::toString);
    }
}
