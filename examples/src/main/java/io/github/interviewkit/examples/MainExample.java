package io.github.interviewkit.examples;

/** The program the README's main command runs. */
public final class MainExample {
    private MainExample() {}

    /**
     * Runs the main example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ReadRoleExample.main(args);
    }
}
