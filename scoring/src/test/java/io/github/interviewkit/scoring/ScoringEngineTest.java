package io.github.interviewkit.scoring;

import static io.github.interviewkit.scoring.TestRoles.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.ScoringStrategy;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringEngineTest {
    private static final Panel PANEL = Panel.of(TestRoles.SMALL, List.of(card("a", 3, 3, 3), card("b", 4, 4, 4)));

    /** A strategy written the way a user would: always recommends the same outcome. */
    static class Fixed implements ScoringStrategy {
        private final String id;

        Fixed(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "always no hire";
        }

        @Override
        public PanelScorer prepare(Role role, ScoringPolicy policy) {
            return panel -> Report.builder(id, panel).recommendation(Recommendation.NO_HIRE)
                    .addStep(Finding.of("fixed", "Always {outcome}", java.util.Map.of("outcome", "no-hire"))).build();
        }
    }

    @Test
    void register_explicitStrategyScoresAndIsTheOnlyDefault() {
        ScoringEngine engine = ScoringEngine.builder().register(new Fixed("fixed")).build();
        assertEquals("fixed", engine.defaultStrategyId());
        Report report = engine.score(PANEL);
        assertEquals(Recommendation.NO_HIRE, report.recommendation());
        assertEquals("Always no-hire", report.trace().get(0).text());
    }

    @Test
    void register_duplicateIdFails() {
        ScoringEngine.Builder builder = ScoringEngine.builder().register(new Fixed("same"));
        ScoringException e = assertThrows(ScoringException.class, () -> builder.register(new Fixed("same")));
        assertTrue(e.getMessage().contains("'same'"), e.getMessage());
    }

    @Test
    void register_rejectsIdThatIsNotASlug() {
        assertThrows(ScoringException.class, () -> ScoringEngine.builder().register(new Fixed("Not A Slug")));
        assertEquals("strategy",
                assertThrows(NullPointerException.class, () -> ScoringEngine.builder().register(null)).getMessage());
    }

    @Test
    void discoverInstalled_findsTheBuiltInsInIdOrder() {
        ScoringEngine engine = ScoringEngine.builder().discoverInstalled().build();
        assertEquals(List.of("bar-raiser", "multiple-hurdle", "structured"),
                engine.strategies().stream().map(ScoringStrategy::id).toList());
        assertEquals("structured", engine.defaultStrategyId());
        assertEquals(ScoringStrategies.structured().prepare(TestRoles.SMALL, ScoringPolicy.defaults()).score(PANEL)
                        .withAudit(ReportAudit.of(TestRoles.SMALL, ScoringStrategies.structured(), ScoringPolicy.defaults(),
                                java.util.Optional.empty())),
                engine.score(PANEL));
    }

    @Test
    void discoverInstalled_afterTheSameBuiltInsRegisteredExplicitly_keepsTheExplicitOnes() {
        Fixed explicit = new Fixed("structured");

        ScoringEngine engine = ScoringEngine.builder().register(explicit).discoverInstalled().discoverInstalled().build();

        assertSame(explicit, engine.strategy("structured").orElseThrow());
        assertEquals(List.of("bar-raiser", "multiple-hurdle", "structured"),
                engine.strategies().stream().map(ScoringStrategy::id).toList());
    }

    @Test
    void discover_everyBrokenProviderIsReportedAtOnce_neverSkipped() {
        ScoringEngine.Builder builder = ScoringEngine.builder().registerBuiltIns().discover(List.of(
                provider(ThrowingStrategy.class, () -> {
                    throw new IllegalStateException("no configuration");
                }),
                provider(Fixed.class, () -> new Fixed("Bad Id")),
                provider(SameIdA.class, SameIdA::new),
                provider(SameIdB.class, SameIdB::new)).iterator());

        ScoringException e = assertThrows(ScoringException.class, builder::build);

        assertTrue(e.getMessage().startsWith("cannot list the providers of "
                + ScoringStrategy.class.getName() + ": 3 problems"), e.getMessage());
        assertTrue(e.getMessage().contains("provider " + ThrowingStrategy.class.getName()
                + ": cannot be created: java.lang.IllegalStateException: no configuration"), e.getMessage());
        assertTrue(e.getMessage().contains("provider " + Fixed.class.getName() + ": provider "), e.getMessage());
        assertTrue(e.getMessage().contains("provider " + SameIdB.class.getName() + ": has the strategy id 'twin'"
                + " of the discovered provider " + SameIdA.class.getName()), e.getMessage());
        assertEquals("no configuration", e.getCause().getMessage());
    }

    static final class ThrowingStrategy extends Fixed {
        ThrowingStrategy() {
            super("never");
        }
    }

    static final class SameIdA extends Fixed {
        SameIdA() {
            super("twin");
        }
    }

    static final class SameIdB extends Fixed {
        SameIdB() {
            super("twin");
        }
    }

    private static ServiceLoader.Provider<ScoringStrategy> provider(Class<? extends ScoringStrategy> type,
            java.util.function.Supplier<ScoringStrategy> create) {
        return new ServiceLoader.Provider<>() {
            @Override
            public Class<? extends ScoringStrategy> type() {
                return type;
            }

            @Override
            public ScoringStrategy get() {
                return create.get();
            }
        };
    }

    @Test
    void discoverInstalled_brokenProviderFailsNamingServiceAndProvider(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(ScoringStrategy.class.getName()), "com.example.MissingStrategy\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            ScoringEngine.Builder builder = ScoringEngine.builder().registerBuiltIns().discoverInstalled(loader);
            ScoringException e = assertThrows(ScoringException.class, builder::build);
            assertTrue(e.getMessage().contains("io.github.interviewkit.scoring.ScoringStrategy"), e.getMessage());
            assertTrue(e.getMessage().contains("com.example.MissingStrategy"), e.getMessage());
        }
    }

    @Test
    void build_needsAStrategyAndAResolvableDefault() {
        assertThrows(ScoringException.class, () -> ScoringEngine.builder().build());
        assertThrows(ScoringException.class,
                () -> ScoringEngine.builder().register(new Fixed("x")).register(new Fixed("y")).build());
        assertThrows(ScoringException.class,
                () -> ScoringEngine.builder().register(new Fixed("x")).defaultStrategy("nope").build());
        assertEquals("y", ScoringEngine.builder().register(new Fixed("x")).register(new Fixed("y"))
                .defaultStrategy("y").build().defaultStrategyId());
    }

    @Test
    void scorer_unknownStrategyFails() {
        ScoringEngine engine = ScoringEngine.builder().registerBuiltIns().build();
        ScoringException e = assertThrows(ScoringException.class, () -> engine.scorer(TestRoles.SMALL, "nope"));
        assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
        assertEquals("strategyId",
                assertThrows(NullPointerException.class, () -> engine.scorer(TestRoles.SMALL, null)).getMessage());
    }

    @Test
    void scorer_rejectsAPanelOfAnotherRoleAndNullPanels() {
        PanelScorer scorer = ScoringEngine.builder().registerBuiltIns().build().scorer(TestRoles.SMALL);
        Role other = Role.builder().from(TestRoles.SMALL).id("other-role").build();
        Panel foreign = Panel.of(other, List.of(card("a", 3, 3, 3)));
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> scorer.score(foreign));
        assertEquals("role", e.violations().get(0).path());
        assertEquals("panel", assertThrows(NullPointerException.class, () -> scorer.score(null)).getMessage());
        assertEquals("panel", assertThrows(NullPointerException.class,
                () -> ScoringEngine.builder().registerBuiltIns().build().score(null)).getMessage());
    }

    @Test
    void scorer_acceptsAnEqualRoleInstance() {
        PanelScorer scorer = ScoringEngine.builder().registerBuiltIns().build().scorer(TestRoles.role());
        assertEquals(Recommendation.STRONG_HIRE.isHire(), scorer.score(PANEL).recommendation().isHire());
    }

    @Test
    void scorer_wrapsAStrategyThatFailsOrReturnsNothing() {
        ScoringStrategy broken = new Fixed("broken") {
            @Override
            public PanelScorer prepare(Role role, ScoringPolicy policy) {
                return panel -> null;
            }
        };
        ScoringStrategy throwing = new Fixed("throwing") {
            @Override
            public PanelScorer prepare(Role role, ScoringPolicy policy) {
                return panel -> {
                    throw new IllegalStateException("boom");
                };
            }
        };
        ScoringEngine engine = ScoringEngine.builder().register(broken).register(throwing).defaultStrategy("broken").build();
        assertThrows(ScoringException.class, () -> engine.score(PANEL));
        ScoringException e = assertThrows(ScoringException.class, () -> engine.score(PANEL, "throwing"));
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
    }

    @Test
    void scorer_policyThatNamesUnknownCriteriaIsRejectedWithEveryPath() {
        ScoringPolicy policy = ScoringPolicy.builder().putWeights("nope", java.math.BigDecimal.ONE)
                .putMinimumRatings("coding", 9).putCriterionAggregation("other", Aggregation.MEDIAN).build();
        ScoringEngine engine = ScoringEngine.builder().registerBuiltIns().policy(policy).build();
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> engine.scorer(TestRoles.SMALL));
        assertEquals(List.of("criterionAggregation[other]", "minimumRatings[coding]", "weights[nope]"),
                e.violations().stream().map(io.github.interviewkit.model.Violation::path).toList());
    }

    /** The snippet of {@link ScoringEngine}'s class documentation, kept compiling and running here. */
    @Test
    void javadocSnippet_runs() {
        Role role = TestRoles.SMALL;
        Panel panel = PANEL;
        ScoringEngine engine = ScoringEngine.builder()
                .registerBuiltIns()                 // or .discoverInstalled()
                .policy(ScoringPolicy.builder().hireThreshold(new java.math.BigDecimal("0.65")).build())
                .build();
        PanelScorer scorer = engine.scorer(role);   // prepare once per role
        Report report = scorer.score(panel);        // then score many panels
        // Every criterion at a mean of 3.5 on 1..4: composite 2.5/3, above 0.80.
        assertEquals(Recommendation.STRONG_HIRE, report.recommendation(), report.render());
    }

    @Test
    void engine_keepsItsPolicy() {
        ScoringPolicy policy = ScoringPolicy.builder().minimumPanelSize(5).build();
        assertSame(policy, ScoringEngine.builder().registerBuiltIns().policy(policy).build().policy());
    }
}
