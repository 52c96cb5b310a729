package io.github.interviewkit.scoring;

import io.github.interviewkit.model.spi.ProviderDiscovery;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringStrategy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scores panels with registered {@linkplain ScoringStrategy strategies} under a
 * {@link ScoringPolicy}. An engine is immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.builder()
 *         .registerBuiltIns()                 // or .discoverInstalled()
 *         .policy(ScoringPolicy.builder().hireThreshold(new BigDecimal("0.65")).build())
 *         .build();
 * PanelScorer scorer = engine.scorer(role);   // prepare once per role
 * Report report = scorer.score(panel);        // then score many panels
 * }</pre>
 *
 * <p>Strategies are registered explicitly first; {@link Builder#discoverInstalled()} adds those
 * installed as {@link ServiceLoader} providers, ordered by id. A broken provider fails the build
 * loudly, naming the service and the provider class; it is never skipped. Two strategies with the
 * same id fail the build too.
 */
public final class ScoringEngine {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, ScoringStrategy> strategies;
    private final ScoringPolicy policy;
    private final String defaultStrategyId;
    private final @Nullable Clock clock;

    private ScoringEngine(Map<String, ScoringStrategy> strategies, ScoringPolicy policy, String defaultStrategyId,
                          @Nullable Clock clock) {
        this.strategies = strategies;
        this.policy = policy;
        this.defaultStrategyId = defaultStrategyId;
        this.clock = clock;
    }

    /** @return a new builder with no strategy and the {@linkplain ScoringPolicy#defaults() default policy} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the registered strategies, ordered by id */
    public List<ScoringStrategy> strategies() {
        return List.copyOf(strategies.values());
    }

    /**
     * Returns a registered strategy.
     *
     * @param id a strategy id
     * @return the strategy, or empty if none has that id
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public Optional<ScoringStrategy> strategy(String id) {
        return Optional.ofNullable(strategies.get(Objects.requireNonNull(id, "id")));
    }

    /** @return the policy scorers use unless given another */
    public ScoringPolicy policy() {
        return policy;
    }

    /** @return the id of the strategy used when none is named */
    public String defaultStrategyId() {
        return defaultStrategyId;
    }

    /**
     * Prepares the default strategy for a role under the engine's policy.
     *
     * @param role the role
     * @return a scorer for panels of that role
     * @throws NullPointerException if {@code role} is {@code null}
     * @throws ScoringInputException if the policy does not fit the role
     */
    public PanelScorer scorer(Role role) {
        return scorer(role, defaultStrategyId, policy);
    }

    /**
     * Prepares a strategy for a role under the engine's policy.
     *
     * @param role the role
     * @param strategyId the id of a registered strategy
     * @return a scorer for panels of that role
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringException if no strategy has that id
     * @throws ScoringInputException if the policy does not fit the role
     */
    public PanelScorer scorer(Role role, String strategyId) {
        return scorer(role, strategyId, policy);
    }

    /**
     * Prepares a strategy for a role under a policy.
     *
     * @param role the role
     * @param strategyId the id of a registered strategy
     * @param policy the policy
     * @return a scorer for panels of that role
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringException if no strategy has that id, or the strategy fails to prepare
     * @throws ScoringInputException if the policy does not fit the role
     */
    public PanelScorer scorer(Role role, String strategyId, ScoringPolicy policy) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(policy, "policy");
        ScoringStrategy strategy = strategies.get(strategyId);
        if (strategy == null) {
            // The id may come from a request: shown escaped and shortened, so that it cannot forge a log line.
            throw new ScoringException("no strategy with id " + io.github.interviewkit.model.Violation.shown(strategyId)
                    + " is registered; registered: " + strategies.keySet());
        }
        PanelScorer prepared;
        try {
            prepared = strategy.prepare(role, policy);
        } catch (InterviewKitException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ScoringException("strategy '" + strategyId + "' (" + strategy.getClass().getName()
                    + ") failed to prepare for role '" + role.id() + "': " + e, e);
        }
        if (prepared == null) {
            throw new ScoringException("strategy '" + strategyId + "' (" + strategy.getClass().getName()
                    + ") returned no scorer for role '" + role.id() + "'");
        }
        return new CheckedScorer(strategyId, role, prepared, strategy, policy, clock);
    }

    /**
     * Scores a panel with the default strategy. This prepares the strategy for the panel's role on
     * every call; to score many panels of one role, prepare a {@link #scorer(Role)} once.
     *
     * @param panel the panel
     * @return the report
     * @throws NullPointerException if {@code panel} is {@code null}
     * @throws ScoringInputException if the policy does not fit the panel's role
     * @throws ScoringException if the strategy fails
     */
    public Report score(Panel panel) {
        return score(panel, defaultStrategyId);
    }

    /**
     * Scores a panel with a strategy, preparing it for the panel's role on every call.
     *
     * @param panel the panel
     * @param strategyId the id of a registered strategy
     * @return the report
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if the policy does not fit the panel's role
     * @throws ScoringException if no strategy has that id, or the strategy fails
     */
    public Report score(Panel panel, String strategyId) {
        Objects.requireNonNull(panel, "panel");
        return scorer(panel.role(), strategyId).score(panel);
    }

    /**
     * Verifies a stored report: scores the panel again with the report's strategy under a policy
     * and lists every difference from the stored report, its audit record included (role id and
     * content version, strategy id and version, policy fingerprint, library version; the
     * {@code scoredAt} instant is a record of when, not a result, and is not compared). The
     * panel's role is the role verified against: read the panel with
     * {@link Panel#read(io.github.interviewkit.model.Role, java.nio.file.Path)} so that a panel
     * document of another role or version is rejected before.
     *
     * @param report the stored report, e.g. read with {@link Report#read(java.nio.file.Path)}
     * @param panel the panel it was made from
     * @param policy the policy it was made under
     * @return the verification, listing every difference
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringException if no registered strategy has the report's strategy id
     * @throws ScoringInputException if the policy does not fit the panel's role
     */
    public ReportVerification verify(Report report, Panel panel, ScoringPolicy policy) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(policy, "policy");
        Report rescored = scorer(panel.role(), report.strategyId(), policy).score(panel);
        return new ReportVerification(report, rescored, ReportVerification.differences(report, rescored));
    }

    @Override
    public String toString() {
        return "ScoringEngine" + strategies.keySet() + " default " + defaultStrategyId;
    }

    /** Checks every panel against the prepared role and every strategy's answer. */
    private static final class CheckedScorer implements PanelScorer {
        private final String strategyId;
        private final Role role;
        private final PanelScorer delegate;
        private final ReportAudit audit;
        private final @Nullable Clock clock;

        CheckedScorer(String strategyId, Role role, PanelScorer delegate, ScoringStrategy strategy, ScoringPolicy policy,
                      @Nullable Clock clock) {
            this.strategyId = strategyId;
            this.role = role;
            this.delegate = delegate;
            this.audit = ReportAudit.of(role, strategy, policy, Optional.empty());
            this.clock = clock;
        }

        @Override
        public Report score(Panel panel) {
            Objects.requireNonNull(panel, "panel");
            if (panel.role() != role && !panel.role().equals(role)) {
                throw new ScoringInputException("Panel", List.of(Violation.of("role", panel.role().id(),
                        "is not the role '" + role.id() + "' this scorer was prepared for")));
            }
            // The built-in and step strategies' reports carry the audit from the start (the common
            // case, made once); any other strategy's report is given it afterwards.
            ReportAudit stamped = clock == null ? audit : ReportAudit.read(audit.roleId(), audit.roleContentVersion(),
                    audit.strategyId(), audit.strategyVersion(), audit.policyFingerprint(), audit.libraryVersion(),
                    clock.instant());
            Report report;
            try {
                if (delegate instanceof StepScorer steps) {
                    return steps.score(panel, stamped);
                }
                report = delegate.score(panel);
            } catch (InterviewKitException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ScoringException("strategy '" + strategyId + "' failed on candidate '"
                        + panel.candidateId() + "': " + e, e);
            }
            if (report == null) {
                throw new ScoringException("strategy '" + strategyId + "' returned no report for candidate '"
                        + panel.candidateId() + "'");
            }
            return report.withAudit(stamped);
        }

        @Override
        public String toString() {
            return delegate.toString();
        }
    }

    /** Builds a {@link ScoringEngine}. */
    public static final class Builder {
        private final Map<String, ScoringStrategy> strategies = new LinkedHashMap<>();
        private final ProviderDiscovery<ScoringStrategy> discovery = new ProviderDiscovery<>(ScoringStrategy.class);
        private ScoringPolicy policy = ScoringPolicy.defaults();
        private @Nullable String defaultStrategyId;

        private @Nullable Clock clock;

        private Builder() {}

        /**
         * Sets the clock whose instant each report's {@linkplain ReportAudit#scoredAt() audit}
         * records as the time it was scored. Without one (the default) the library reads no clock
         * and {@code scoredAt} is empty, so that scoring is deterministic; give
         * {@code Clock.systemUTC()} to record the real time, or a fixed clock in tests.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is {@code null}
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Registers a strategy.
         *
         * @param strategy the strategy
         * @return this builder
         * @throws NullPointerException if {@code strategy} is {@code null}
         * @throws ScoringException if its id is not a slug, or a strategy with the same id is
         *     already registered
         */
        public Builder register(ScoringStrategy strategy) {
            Objects.requireNonNull(strategy, "strategy");
            add(strategy, "registered strategy " + strategy.getClass().getName());
            return this;
        }

        /**
         * Registers the built-in strategies: {@link ScoringStrategies#all()}.
         *
         * @return this builder
         * @throws ScoringException if a strategy with a built-in's id is already registered
         */
        public Builder registerBuiltIns() {
            ScoringStrategies.all().forEach(this::register);
            return this;
        }

        /**
         * Adds every strategy installed as a {@link ServiceLoader} provider of
         * {@link ScoringStrategy} visible to this module and the thread's context class loader. The
         * built-ins are among them. Discovered strategies are checked in {@link #build()}; a
         * strategy registered explicitly takes precedence over a discovered one with the same id,
         * and a provider found by several look-ups counts once.
         *
         * @return this builder
         */
        public Builder discoverInstalled() {
            discovery.discover(() -> ServiceLoader.load(ScoringStrategy.class));
            return this;
        }

        /**
         * Adds every strategy installed as a {@link ServiceLoader} provider visible to a class
         * loader, like {@link #discoverInstalled()}.
         *
         * @param loader the class loader to search
         * @return this builder
         * @throws NullPointerException if {@code loader} is {@code null}
         */
        public Builder discoverInstalled(ClassLoader loader) {
            Objects.requireNonNull(loader, "loader");
            discovery.discover(() -> ServiceLoader.load(ScoringStrategy.class, loader));
            return this;
        }

        /** Adds providers from a source that behaves like {@link ServiceLoader#stream()}; a seam for tests. */
        Builder discover(Iterator<? extends ServiceLoader.Provider<? extends ScoringStrategy>> providers) {
            discovery.discover(providers);
            return this;
        }

        /**
         * Sets the policy scorers use unless given another.
         *
         * @param policy the policy
         * @return this builder
         * @throws NullPointerException if {@code policy} is {@code null}
         */
        public Builder policy(ScoringPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            this.policy = policy;
            return this;
        }

        /**
         * Names the strategy used when none is named. Without it, the default is
         * {@value ScoringStrategies#STRUCTURED} if registered, else the only registered strategy.
         *
         * @param strategyId the id of a strategy registered by the time {@link #build()} runs
         * @return this builder
         * @throws NullPointerException if {@code strategyId} is {@code null}
         */
        public Builder defaultStrategy(String strategyId) {
            Objects.requireNonNull(strategyId, "strategyId");
            this.defaultStrategyId = strategyId;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws ScoringException if a discovered provider is broken (it cannot be located,
         *     loaded or created, its id fails or is not a slug, or two discovered providers have one
         *     id; the message names the service and lists every broken provider), no strategy is
         *     registered, the named default is not registered, or no default can be chosen (several
         *     strategies, none of them {@value ScoringStrategies#STRUCTURED})
         */
        public ScoringEngine build() {
            Map<String, ScoringStrategy> all = new LinkedHashMap<>(strategies);
            addDiscovered(all);
            if (all.isEmpty()) {
                throw new ScoringException("no strategy is registered; call register, registerBuiltIns or"
                        + " discoverInstalled");
            }
            String chosen = defaultStrategyId;
            if (chosen == null) {
                if (all.containsKey(ScoringStrategies.STRUCTURED)) {
                    chosen = ScoringStrategies.STRUCTURED;
                } else if (all.size() == 1) {
                    chosen = all.keySet().iterator().next();
                } else {
                    throw new ScoringException("several strategies are registered " + new TreeMap<>(all).keySet()
                            + "; name the default with defaultStrategy(id)");
                }
            } else if (!all.containsKey(chosen)) {
                throw new ScoringException("the default strategy '" + chosen + "' is not registered; registered: "
                        + new TreeMap<>(all).keySet());
            }
            return new ScoringEngine(java.util.Collections.unmodifiableMap(new TreeMap<>(all)), policy, chosen, clock);
        }

        /** Checks every discovered strategy, reporting all broken ones at once; explicit ones win. */
        private void addDiscovered(Map<String, ScoringStrategy> all) {
            List<ProviderDiscovery.Problem> problems = new ArrayList<>(discovery.problems());
            Map<String, ScoringStrategy> discovered = new LinkedHashMap<>();
            for (ScoringStrategy strategy : discovery.found()) {
                String provider = strategy.getClass().getName();
                String id;
                try {
                    id = checkedId(strategy, "provider " + provider);
                } catch (ScoringException e) {
                    problems.add(new ProviderDiscovery.Problem(provider, String.valueOf(e.getMessage()), e.getCause()));
                    continue;
                }
                ScoringStrategy first = discovered.putIfAbsent(id, strategy);
                if (first != null) {
                    problems.add(new ProviderDiscovery.Problem(provider, "has the strategy id '" + id
                            + "' of the discovered provider " + first.getClass().getName() + "; ids must be unique", null));
                }
            }
            if (!problems.isEmpty()) {
                throw ProviderDiscovery.failure(discovery.serviceName(), problems, ScoringException::new);
            }
            discovered.forEach(all::putIfAbsent);
        }

        private void add(ScoringStrategy strategy, String source) {
            String id = checkedId(strategy, source);
            ScoringStrategy earlier = strategies.putIfAbsent(id, strategy);
            if (earlier != null) {
                throw new ScoringException(source + " has the id '" + id + "' of the already registered "
                        + earlier.getClass().getName());
            }
        }

        private static String checkedId(ScoringStrategy strategy, String source) {
            String id;
            try {
                id = strategy.id();
            } catch (RuntimeException | LinkageError e) {
                throw new ScoringException(source + " failed to give its id: " + e, e);
            }
            if (id == null || !SLUG.matcher(id).matches()) {
                throw new ScoringException(source + " has the id " + (id == null ? "null" : "'" + id + "'")
                        + "; a strategy id must be a slug such as structured");
            }
            return id;
        }
    }
}
