package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RoleProperties {
    private static final int EXAMPLES = 200;

    @Test
    void generatedRoles_areValidAndTheirReferencesResolve() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles()).checkAssert(role -> {
            Violations problems = Violations.collector();
            assertTrue(Role.builder().from(role).tryBuild(problems).isPresent(), problems::toString);
            assertEquals(List.of(), problems.list());
            for (Question question : role.questions()) {
                question.competencies().forEach(id -> assertTrue(role.competency(id).isPresent(), id));
                question.criteria().forEach(id -> assertTrue(role.criterion(id).isPresent(), id));
                question.pitfalls().forEach(id -> assertTrue(role.pitfall(id).isPresent(), id));
            }
            for (EvaluationCriterion criterion : role.rubric().criteria()) {
                criterion.competencies().forEach(id -> assertTrue(role.competency(id).isPresent(), id));
                role.rubric().scale().levels().forEach(level ->
                        assertTrue(criterion.anchors().containsKey(level.value()), criterion.id()));
            }
            for (Pitfall pitfall : role.pitfalls()) {
                pitfall.criteria().forEach(id -> assertTrue(role.criterion(id).isPresent(), id));
            }
        });
    }

    /* Guards the generator itself: properties over roles mean little if every role is small or alike. */
    @Test
    void generatedRoles_varyInSizeOptionalPartsAndKinds() {
        List<Role> roles = new ArrayList<>();
        qt().withFixedSeed(20261128L).withExamples(EXAMPLES).forAll(RoleGenerators.roles()).checkAssert(roles::add);

        assertTrue(roles.stream().anyMatch(role -> role.questions().isEmpty()));
        assertTrue(roles.stream().anyMatch(role -> role.questions().size() >= 6));
        assertTrue(roles.stream().anyMatch(role -> role.competencies().size() >= 5));
        assertTrue(roles.stream().anyMatch(role -> role.rubric().criteria().size() >= 4));
        assertTrue(roles.stream().anyMatch(role -> role.rubric().scale().levels().size() >= 5));
        assertTrue(roles.stream().anyMatch(role -> role.salaryBand().isPresent()));
        assertTrue(roles.stream().anyMatch(role -> role.salaryBand().isEmpty()));
        assertTrue(roles.stream().anyMatch(role -> role.marketDemand().isPresent()));
        assertTrue(roles.stream().flatMap(role -> role.questions().stream()).anyMatch(Question::logistics));
        assertTrue(roles.stream().flatMap(role -> role.questions().stream())
                .anyMatch(q -> !q.criteria().isEmpty() && !q.pitfalls().isEmpty() && q.competencies().size() >= 2));
        assertTrue(roles.stream().flatMap(role -> role.questions().stream())
                .map(Question::category).distinct().count() >= 4);
        assertTrue(roles.stream().flatMap(role -> role.competencies().stream())
                .map(Competency::kind).distinct().count() >= 3);
        assertTrue(roles.stream().flatMap(role -> role.rubric().criteria().stream())
                .anyMatch(EvaluationCriterion::mustHave));
        assertTrue(roles.stream().anyMatch(role -> role.title().codePoints().anyMatch(Character::isSupplementaryCodePoint)
                || role.summary().codePoints().anyMatch(Character::isSupplementaryCodePoint)));
    }

    @Test
    void from_reproducesEveryPartOfARole() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles()).checkAssert(role -> {
            assertEquals(role, Role.builder().from(role).build());
            assertEquals(role.experience(), ExperienceRequirement.builder().from(role.experience()).build());
            assertEquals(role.source(), SourceAttribution.builder().from(role.source()).build());
            assertEquals(role.rubric(), Rubric.builder().from(role.rubric()).build());
            assertEquals(role.rubric().scale(), RatingScale.builder().from(role.rubric().scale()).build());
            role.salaryBand().ifPresent(band -> assertEquals(band, SalaryBand.builder().from(band).build()));
            for (RatingLevel level : role.rubric().scale().levels()) {
                assertEquals(level, RatingLevel.builder().from(level).build());
            }
            for (Competency competency : role.competencies()) {
                assertEquals(competency, Competency.builder().from(competency).build());
                for (FrameworkReference reference : competency.frameworkReferences()) {
                    assertEquals(reference, FrameworkReference.builder().from(reference).build());
                }
            }
            for (EvaluationCriterion criterion : role.rubric().criteria()) {
                assertEquals(criterion, EvaluationCriterion.builder().from(criterion).build());
            }
            for (Question question : role.questions()) {
                assertEquals(question, Question.builder().from(question).build());
            }
            for (Pitfall pitfall : role.pitfalls()) {
                assertEquals(pitfall, Pitfall.builder().from(pitfall).build());
            }
        });
    }

    @Test
    void from_reproducesParts() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.salaryBands(), RoleGenerators.experienceRequirements(),
                RoleGenerators.frameworkReferences()).checkAssert((band, experience, reference) -> {
                    assertEquals(band, SalaryBand.builder().from(band).build());
                    assertEquals(experience, ExperienceRequirement.builder().from(experience).build());
                    assertEquals(reference, FrameworkReference.builder().from(reference).build());
                });
    }

    @Test
    void equalRoles_haveEqualHashCodes() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles()).checkAssert(role -> {
            Role rebuilt = deepCopy(role);

            assertEquals(role, rebuilt);
            assertEquals(role.hashCode(), rebuilt.hashCode());
        });
    }

    @Test
    void roles_differingInOnePartAreNotEqual() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles(), RoleGenerators.texts())
                .assuming((role, title) -> !role.title().equals(title))
                .checkAssert((role, title) -> assertTrue(!role.equals(Role.builder().from(role).title(title).build())));
    }

    @Test
    void sorted_doesNotDependOnTheOrderOfItsInput() {
        Gen<List<Violation>> violations = in -> {
            List<Violation> list = new ArrayList<>();
            int count = Generate.range(0, 12).generate(in);
            for (int i = 0; i < count; i++) {
                String path = Generate.pick(List.of("", "id", "questions", "rubric.criteria")).generate(in)
                        + (Generate.booleans().generate(in) ? "[" + Generate.range(0, 12).generate(in) + "]" : "")
                        + Generate.pick(List.of("", ".id", ".competencies[1]", ".text")).generate(in);
                Violation violation = Violation.of(path, null, Generate.pick(List.of("a", "b")).generate(in));
                list.add(Generate.booleans().generate(in) ? violation
                        : violation.at(Generate.range(1, 4).generate(in), Generate.range(1, 4).generate(in)));
            }
            return list;
        };
        qt().withExamples(EXAMPLES).forAll(violations, Generate.longRange(0, Long.MAX_VALUE))
                .checkAssert((list, seed) -> {
                    List<Violation> shuffled = new ArrayList<>(list);
                    Collections.shuffle(shuffled, new java.util.Random(seed));
                    assertEquals(collected(list), collected(shuffled));
                });
    }

    private static List<Violation> collected(List<Violation> violations) {
        Violations collector = Violations.collector(1_000);
        collector.addAll(violations);
        return collector.list();
    }

    /** Rebuilds every part through its builder, putting anchors in reverse order, so nothing is shared. */
    private static Role deepCopy(Role role) {
        UnaryOperator<EvaluationCriterion> criterion = c -> {
            List<Map.Entry<Integer, String>> entries = new ArrayList<>(c.anchors().entrySet());
            Collections.reverse(entries);
            Map<Integer, String> reversed = new LinkedHashMap<>();
            entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
            return EvaluationCriterion.builder().from(c).anchors(reversed).build();
        };
        return Role.builder().from(role)
                .competencies(role.competencies().stream().map(c -> Competency.builder().from(c).build()).toList())
                .questions(role.questions().stream().map(q -> Question.builder().from(q).build()).toList())
                .pitfalls(role.pitfalls().stream().map(p -> Pitfall.builder().from(p).build()).toList())
                .rubric(Rubric.builder().scale(RatingScale.builder().from(role.rubric().scale()).build())
                        .criteria(role.rubric().criteria().stream().map(criterion).toList()).build())
                .experience(ExperienceRequirement.builder().from(role.experience()).build())
                .source(SourceAttribution.builder().from(role.source()).build())
                .build();
    }
}
