package org.renfang.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure of core, checked on its production classes: no package cycles, and the
 * model at the bottom (the record kinds, their ids and values know neither the registry nor the
 * JSON binding), with the identity-number checks and the door labels beside it.
 */
@AnalyzeClasses(packages = "org.renfang", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreLayeringTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.renfang.(**)")
            .should().beFreeOfCycles()
            .because("each package of core builds on the ones below it only");

    @ArchTest
    static final ArchRule modelIsTheBottomLayer = noClasses()
            .that().resideInAPackage("org.renfang.model")
            .should().dependOnClassesThat().resideInAnyPackage("org.renfang.registry..", "org.renfang.model.json..",
                    "org.renfang.id..", "org.renfang.label..")
            .because("the model is declared once and everything else is driven by it");

    @ArchTest
    static final ArchRule idAndLabelSeeOnlyTheModel = noClasses()
            .that().resideInAnyPackage("org.renfang.id..", "org.renfang.label..")
            .should().dependOnClassesThat().resideInAnyPackage("org.renfang.registry..", "org.renfang.model.json..")
            .because("identity numbers and door labels are checked on values, without a registry or JSON");
}
