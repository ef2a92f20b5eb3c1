package org.renfang.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure of core, checked on its production classes: no package cycles, and the
 * layers model ← source ← registry ← json: the model at the bottom (the record kinds, their ids
 * and values know neither the registry nor the JSON binding), what a read produced
 * ({@code model.source}) over it, the registry over those, the JSON binding on top; the
 * identity-number checks and the door labels beside the model.
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
                    "org.renfang.model.source..", "org.renfang.id..", "org.renfang.label..")
            .because("the model is declared once and everything else is driven by it");

    @ArchTest
    static final ArchRule sourceSeesOnlyTheModel = noClasses()
            .that().resideInAPackage("org.renfang.model.source")
            .should().dependOnClassesThat().resideInAnyPackage("org.renfang.registry..", "org.renfang.model.json..")
            .because("what a read produced is plain values over the model");

    @ArchTest
    static final ArchRule registryIsBelowTheJson = noClasses()
            .that().resideInAPackage("org.renfang.registry..")
            .should().dependOnClassesThat().resideInAPackage("org.renfang.model.json..")
            .because("the layers are model ← source ← registry ← json: the registry indexes records "
                    + "however they were read");

    @ArchTest
    static final ArchRule idAndLabelSeeOnlyTheModel = noClasses()
            .that().resideInAnyPackage("org.renfang.id..", "org.renfang.label..")
            .should().dependOnClassesThat().resideInAnyPackage("org.renfang.registry..", "org.renfang.model.json..")
            .because("identity numbers and door labels are checked on values, without a registry or JSON");
}
