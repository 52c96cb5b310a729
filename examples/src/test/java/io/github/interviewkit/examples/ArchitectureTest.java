package io.github.interviewkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.scoring.ScoringEngine;
import java.lang.module.ModuleDescriptor;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the published modules that the compiler does not enforce: generated and
 * internal classes stay out of the public API, library code neither prints nor logs, and the
 * modules depend on each other only as ARCHITECTURE.md draws it. It runs here, downstream of every
 * published module, on their main classes.
 */
class ArchitectureTest {
    private static final String MODEL = "io.github.interviewkit.model";
    private static final String SCORING = "io.github.interviewkit.scoring";
    private static final String ANALYTICS = "io.github.interviewkit.analytics";
    private static final String CONTENT = "io.github.interviewkit.content";
    private static final String PLANNING = "io.github.interviewkit.planning";
    private static final String RENDER = "io.github.interviewkit.render";
    private static final String INTEROP = "io.github.interviewkit.interop";

    /** The packages the published modules' module-info.java export to everyone. */
    private static final Set<String> EXPORTED = exportedBy(Role.class, ScoringEngine.class, PanelAnalytics.class,
            BackendArchitect.class, InterviewPlanner.class, io.github.interviewkit.render.Renderer.class,
            io.github.interviewkit.interop.ImportMapping.class);

    /** The packages the analytics module may use of interviewkit's other modules. */
    private static final Set<String> EXPORTED_BY_MODEL_AND_SCORING = exportedBy(Role.class, ScoringEngine.class);

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(MODEL, SCORING, ANALYTICS, CONTENT, PLANNING, RENDER, INTEROP);
        // Guards against a rule passing because nothing was imported.
        assertTrue(main.contain(Role.class) && main.contain(MODEL + ".ImmutableRole")
                && main.contain(MODEL + ".io.RoleReader") && main.contain(ScoringEngine.class)
                && main.contain(SCORING + ".ImmutableScorecard") && main.contain(PanelAnalytics.class)
                && main.contain(BackendArchitect.class)
                && main.contain(InterviewPlanner.class) && main.contain(PLANNING + ".LoopModel")
                && main.contain(io.github.interviewkit.render.Renderer.class)
                && main.contain(RENDER + ".internal.JtehtmlReportGenerated")
                && main.contain(INTEROP + ".ImmutableImportMapping") && main.contain(INTEROP + ".Assembler"),

                "main classes were not imported");
        assertTrue(main.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "test classes were imported");
        assertTrue(EXPORTED.containsAll(Set.of(MODEL, MODEL + ".io", MODEL + ".spi", SCORING,
                        ANALYTICS, CONTENT + ".backendarchitect", PLANNING, INTEROP))
                && EXPORTED.stream().noneMatch(name -> name.contains(".internal")), "exported packages: " + EXPORTED);
        assertTrue(EXPORTED_BY_MODEL_AND_SCORING.containsAll(Set.of(MODEL, SCORING))
                && EXPORTED_BY_MODEL_AND_SCORING.stream().noneMatch(name -> name.startsWith(ANALYTICS)
                        || name.startsWith(SCORING + ".analytics")), "exported by model and scoring: " + EXPORTED_BY_MODEL_AND_SCORING);
    }

    private static Set<String> exportedBy(Class<?>... typesOfModules) {
        return Stream.of(typesOfModules).flatMap(type -> type.getModule().getDescriptor().exports().stream())
                .filter(export -> !export.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }

    /*
     * Analytics is a client of scoring like any user: it reads panels through the exported API of
     * scoring and model, never their internal packages, and knows no content pack.
     */
    @Test
    void analyticsUsesOnlyTheExportedApiOfModelAndScoring() {
        noClasses().that().resideInAPackage(ANALYTICS + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are interviewkit classes outside analytics and the packages model and scoring export",
                        type -> type.getPackageName().startsWith("io.github.interviewkit.")
                                && !type.getPackageName().equals(ANALYTICS)
                                && !type.getPackageName().startsWith(ANALYTICS + ".")
                                && !EXPORTED_BY_MODEL_AND_SCORING.contains(type.getPackageName())))
                .check(main);
    }

    /*
     * Analytics sits at the top, beside the content packs: no published module depends on it, so a
     * scoring user does not carry it. Only examples and benchmarks, which are not imported here, use it.
     */
    @Test
    void noPublishedModuleDependsOnAnalytics() {
        noClasses().that().resideOutsideOfPackage(ANALYTICS + "..")
                .should().dependOnClassesThat().resideInAPackage(ANALYTICS + "..")
                .check(main);
    }

    /* Apache Beam is heavy and cannot be on the module path: only analytics-beam uses it. */
    @Test
    void onlyAnalyticsBeamUsesApacheBeam() {
        noClasses().that().resideOutsideOfPackage(ANALYTICS + ".beam..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.beam..")
                .check(main);
        assertTrue(main.contain(ANALYTICS + ".beam.AnalyticsPipeline"), "analytics-beam was not imported");
    }

    /* commons-statistics moved with analytics: a scoring or model user does not carry it. */
    @Test
    void onlyAnalyticsUsesCommonsStatistics() {
        noClasses().that().resideOutsideOfPackage(ANALYTICS + "..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.statistics..")
                .check(main);
    }

    @Test
    void scoringAndContentPacksDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage(SCORING + "..")
                .should().dependOnClassesThat().resideInAPackage(CONTENT + "..")
                .check(main);
        noClasses().that().resideInAPackage(CONTENT + "..")
                .should().dependOnClassesThat().resideInAPackage(SCORING + "..")
                .check(main);
    }

    /*
     * The renderings read what model and scoring export, nothing else of interviewkit: no planner
     * (a plan becomes an InterviewGuide in the user's code), no analytics, no content pack. The
     * templates' engine stays inside render.
     */
    @Test
    void renderUsesOnlyTheExportedApiOfModelAndScoring() {
        noClasses().that().resideInAPackage(RENDER + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are interviewkit classes outside render and the packages model and scoring export",
                        type -> type.getPackageName().startsWith("io.github.interviewkit.")
                                && !type.getPackageName().startsWith(RENDER)
                                && !EXPORTED_BY_MODEL_AND_SCORING.contains(type.getPackageName())))
                .check(main);
        noClasses().that().resideOutsideOfPackage(RENDER + "..")
                .should().dependOnClassesThat().resideInAPackage("gg.jte..")
                .check(main);
    }

    /* The planner needs the model only; nothing but examples and benchmarks joins it to scoring, analytics or content. */
    @Test
    void planningDependsOnTheModelOnly() {
        noClasses().that().resideInAPackage(PLANNING + "..")
                .should().dependOnClassesThat().resideInAnyPackage(SCORING + "..", ANALYTICS + "..", CONTENT + "..")
                .check(main);
        noClasses().that().resideInAnyPackage(MODEL + "..", SCORING + "..", ANALYTICS + "..", CONTENT + "..")
                .should().dependOnClassesThat().resideInAPackage(PLANNING + "..")
                .check(main);
    }

    /* Choco-solver is how plans are found, not part of what a caller sees: it can be replaced. */
    @Test
    void publicApiDoesNotMentionTheSolver() {
        publicApiMembers().should(notMention("a Choco-solver class", type -> type.getPackageName().startsWith("org.chocosolver")))
                .check(main);
    }

    @Test
    void generatedImmutableClassesAreNotPublic() {
        classes().that().haveSimpleNameStartingWith("Immutable").and().areTopLevelClasses()
                .should().notBePublic()
                .check(main);
    }

    @Test
    void publicApiDoesNotMentionGeneratedClasses() {
        publicApiMembers().should(notMention("a generated Immutable* class",
                        type -> type.getSimpleName().startsWith("Immutable")
                                || type.getEnclosingClass().map(c -> c.getSimpleName().startsWith("Immutable")).orElse(false)))
                .check(main);
    }

    @Test
    void publicApiDoesNotMentionInternalClasses() {
        publicApiMembers().should(notMention("a class of an internal package",
                        type -> type.getPackageName().contains(".internal")))
                .check(main);
    }

    /*
     * The value types know nothing of documents: reading and writing live in io and internal, so the
     * model package needs no opening to Jackson and a new format touches no value type.
     */
    @Test
    void valueTypesDoNotDependOnFormatsOrParsers() {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat().resideInAnyPackage("io.github.interviewkit.model.io..",
                        "com.fasterxml.jackson..", "org.yaml.snakeyaml..")
                .check(main);
    }

    @Test
    void mainCodeDoesNotWriteToStandardStreams() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(main);
    }

    @Test
    void mainCodeDoesNotLog() {
        noClasses().should().callMethodWhere(DescribedPredicate.describe("a java.util.logging method that logs",
                        call -> call.getTargetOwner().isAssignableTo("java.util.logging.Logger")
                                && LOGGING_METHODS.contains(call.getName())))
                .check(main);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "org.apache.logging..",
                        "org.apache.commons.logging..", "org.jboss.logging..", "ch.qos.logback..")
                .check(main);
    }

    private static final Set<String> LOGGING_METHODS = Set.of("log", "logp", "logrb", "severe", "warning", "info",
            "config", "fine", "finer", "finest", "entering", "exiting", "throwing");

    /** Public and protected members of public classes (nested ones included) in exported packages. */
    private static com.tngtech.archunit.lang.syntax.elements.GivenMembersConjunction<JavaMember> publicApiMembers() {
        return members().that(DescribedPredicate.describe("are part of the public API", ArchitectureTest::isApi));
    }

    private static boolean isApi(JavaMember member) {
        return (member.getModifiers().contains(JavaModifier.PUBLIC) || member.getModifiers().contains(JavaModifier.PROTECTED))
                && isVisible(member.getOwner());
    }

    private static boolean isVisible(JavaClass type) {
        return EXPORTED.contains(type.getPackageName()) && type.getModifiers().contains(JavaModifier.PUBLIC)
                && type.getEnclosingClass().map(ArchitectureTest::isVisible).orElse(true);
    }

    private static ArchCondition<JavaMember> notMention(String what, java.util.function.Predicate<JavaClass> forbidden) {
        return new ArchCondition<>("not mention " + what + " in its signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                Set<JavaClass> mentioned = new HashSet<>();
                if (member instanceof JavaCodeUnit code) {
                    mentioned.addAll(code.getReturnType().getAllInvolvedRawTypes());
                    code.getParameterTypes().forEach(type -> mentioned.addAll(type.getAllInvolvedRawTypes()));
                    code.getThrowsClause().getTypes().forEach(mentioned::add);
                } else if (member instanceof JavaField field) {
                    mentioned.addAll(field.getType().getAllInvolvedRawTypes());
                }
                for (JavaClass type : mentioned) {
                    if (forbidden.test(type)) {
                        events.add(SimpleConditionEvent.violated(member,
                                member.getFullName() + " mentions " + type.getName()));
                    }
                }
            }
        };
    }
}
