package io.github.interviewkit.examples;

/**
 * The program the README's main command runs: the headline flow of {@link ScorePanelExample}
 * (load the Backend Architect kit, score a panel of four interviewers, print the explained
 * recommendation).
 */
public final class MainExample {
    private MainExample() {}

    /**
     * Runs the main example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ScorePanelExample.main(args);
    }
}
