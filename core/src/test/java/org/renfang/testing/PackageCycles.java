package org.renfang.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package-cycle check each module runs over its own production classes: every package below
 * {@code org.renfang} is one slice, and no slice may depend on itself through others.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /**
     * Fails unless the production classes of a package and its subpackages form no package cycle.
     *
     * @param rootPackage the module's root package, such as {@code org.renfang.qr}, not null
     * @throws AssertionError if no class is found there or the packages form a cycle
     */
    public static void assertNone(String rootPackage) {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        assertThat(production).as("production classes in " + rootPackage).isNotEmpty();
        slices().matching("org.renfang.(**)").should().beFreeOfCycles().check(production);
    }
}
