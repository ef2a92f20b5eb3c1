package org.renfang.validation;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.renfang.validation.finding.UpwardDependencyFixture;

/**
 * The validation module's packages form no cycle, and each depends only on the packages below
 * it (docs/architecture.md, "Packages"): output ← finding ← profile ← constraints, rules ←
 * internal ← validation ← permit, rating.
 */
class PackageDependenciesTest {

    private static final String V = "org.renfang.validation";

    /** Every validation package and the validation packages it may use. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            V + ".output", Set.of(),
            V + ".finding", Set.of(V + ".output"),
            V + ".profile", Set.of(V + ".output", V + ".finding"),
            V + ".constraints", Set.of(V + ".output", V + ".finding", V + ".profile"),
            V + ".rules", Set.of(V + ".output", V + ".finding", V + ".profile"),
            V + ".internal", Set.of(V + ".output", V + ".finding", V + ".profile", V + ".rules"),
            V, Set.of(V + ".output", V + ".finding", V + ".profile", V + ".constraints", V + ".rules",
                    V + ".internal"),
            V + ".permit", Set.of(V + ".output", V + ".finding", V + ".profile", V + ".rules", V),
            V + ".rating", Set.of(V + ".output", V + ".finding", V + ".profile", V + ".rules", V));

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(V);

    /** Each package of the module is one slice: a cycle between any two of them fails. */
    static final ArchRule NO_CYCLES = slices().matching("org.renfang.(**)").should().beFreeOfCycles();

    static final ArchRule LAYERS = ArchRuleDefinition.classes().that().resideInAPackage(V + "..")
            .should(new ArchCondition<JavaClass>("use only the validation packages below their own") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = origin.getPackageName();
                    Set<String> allowed = ALLOWED.get(from);
                    if (allowed == null) {
                        events.add(SimpleConditionEvent.violated(origin,
                                "package " + from + " has no place in the layers of " + PackageDependenciesTest.class.getSimpleName()));
                        return;
                    }
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        String to = d.getTargetClass().getPackageName();
                        if ((to.equals(V) || to.startsWith(V + ".")) && !to.equals(from) && !allowed.contains(to)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    @Test
    void noPackageCycles() {
        NO_CYCLES.check(PRODUCTION);
    }

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        LAYERS.check(PRODUCTION);
    }

    @Test
    void everyPackageIsImportedAndPlaced() {
        Set<String> packages = new TreeSet<>();
        PRODUCTION.forEach(c -> packages.add(c.getPackageName()));
        packages.remove(V + ".profiles");
        assertThat(packages).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    /** The cycle rule fails on two test packages that use each other, so it cannot pass on nothing. */
    @Test
    void theCycleRuleCatchesACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages(V + ".archfixture");
        assertThat(fixture).hasSize(2);
        assertThat(NO_CYCLES.evaluate(fixture).hasViolation()).isTrue();
    }

    /** The layer rule fails on a class of the vocabulary that uses the validator above it. */
    @Test
    void theLayerRuleCatchesAnUpwardDependency() {
        JavaClasses fixture = new ClassFileImporter().importClasses(UpwardDependencyFixture.class);
        assertThat(LAYERS.evaluate(fixture).getFailureReport().getDetails())
                .singleElement().asString().contains("UpwardDependencyFixture").contains("Validator");
    }
}
