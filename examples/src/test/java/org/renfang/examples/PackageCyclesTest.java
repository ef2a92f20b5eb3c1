package org.renfang.examples;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples module's packages form no cycle: each package is one slice. */
class PackageCyclesTest {

    @Test
    void noPackageCycles() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.renfang.examples");
        assertThat(production).isNotEmpty();
        slices().matching("org.renfang.(**)").should().beFreeOfCycles().check(production);
    }
}
