/**
 * Jackson data binding for interviewkit's documents: {@link io.github.interviewkit.scoring.jackson.InterviewKitModule}
 * lets a {@code Role}, {@code Scorecard}, {@code Panel}, {@code Report} or {@code ScoringPolicy} sit
 * inside a user's own Jackson-mapped DTOs and REST payloads, written as the library's writers write
 * them and read through the library's readers, with the same validation. Register it explicitly
 * ({@code mapper.registerModule(new InterviewKitModule(role))}); it is also declared for
 * {@code ObjectMapper.findAndRegisterModules()}.
 */
package io.github.interviewkit.scoring.jackson;
