/**
 * The service-provider interface of scoring: implement
 * {@link io.github.interviewkit.scoring.spi.ScoringStrategy} to plug your own rule into a
 * {@link io.github.interviewkit.scoring.ScoringEngine}, by explicit registration or through
 * {@link java.util.ServiceLoader}. A strategy builds its result with
 * {@link io.github.interviewkit.scoring.Report#builder}.
 */
@NullMarked
package io.github.interviewkit.scoring.spi;

import org.jspecify.annotations.NullMarked;
