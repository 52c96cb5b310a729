package io.github.interviewkit.benchmarks.coldstart;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;

/** A program whose one act is the first {@code BackendArchitect.role()}: what a CLI call or a fresh test JVM pays. */
public final class FirstKitLoad {
    private FirstKitLoad() {}

    /**
     * Loads the kit once.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        if (!BackendArchitect.role().id().equals(BackendArchitect.ID)) {
            throw new IllegalStateException("the kit was not loaded");
        }
    }
}
