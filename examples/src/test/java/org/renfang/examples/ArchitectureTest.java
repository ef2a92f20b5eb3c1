package org.renfang.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The module boundaries of the README ("Modules"), checked on the
 * production classes of every module (the examples module sees them all).
 *
 * <p>A class belongs to a module by package: {@code org.renfang.validation..} is validation,
 * {@code org.renfang.qr..} is qr-codec, {@code org.renfang.examples..} is examples, and every
 * other {@code org.renfang..} package is core.
 */
@AnalyzeClasses(packages = "org.renfang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "core";
    private static final String VALIDATION = "validation";
    private static final String QR = "qr-codec";
    private static final String EXAMPLES = "examples";

    /** The module of a package, or null outside renfang. */
    static String moduleOf(String pkg) {
        if (pkg.equals("org.renfang.validation") || pkg.startsWith("org.renfang.validation.")) {
            return VALIDATION;
        }
        if (pkg.equals("org.renfang.qr") || pkg.startsWith("org.renfang.qr.")) {
            return QR;
        }
        if (pkg.equals("org.renfang.examples") || pkg.startsWith("org.renfang.examples.")) {
            return EXAMPLES;
        }
        if (pkg.equals("org.renfang") || pkg.startsWith("org.renfang.")) {
            return CORE;
        }
        return null;
    }

    private static boolean isInternal(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }

    @ArchTest
    static final ArchRule coreDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("org.renfang..")
            .and().resideOutsideOfPackages("org.renfang.validation..", "org.renfang.qr..", "org.renfang.examples..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.renfang.validation..", "org.renfang.qr..", "org.renfang.examples..")
            .because("core is the base every module builds on (README \"Modules\")");

    @ArchTest
    static final ArchRule validationDoesNotDependOnQrCodec = noClasses()
            .that().resideInAPackage("org.renfang.validation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.renfang.qr..", "org.renfang.examples..")
            .because("labels are checked through core's LabelVerifier, which qr-codec implements");

    @ArchTest
    static final ArchRule qrCodecDoesNotDependOnValidation = noClasses()
            .that().resideInAPackage("org.renfang.qr..")
            .should().dependOnClassesThat().resideInAnyPackage("org.renfang.validation..", "org.renfang.examples..")
            .because("validation and qr-codec never depend on each other");

    @ArchTest
    static final ArchRule internalPackagesStayInsideTheirModule = classes()
            .that().resideInAPackage("org.renfang..")
            .should(new ArchCondition<JavaClass>("use no internal package of another module") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = moduleOf(origin.getPackageName());
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        String pkg = d.getTargetClass().getPackageName();
                        String to = moduleOf(pkg);
                        if (to != null && isInternal(pkg) && !to.equals(from)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule examplesUseNoInternals = noClasses()
            .that().resideInAPackage("org.renfang.examples..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.renfang.validation.internal..", "org.renfang.qr.internal..")
            .because("the examples show what a host can do with the public API");

    @ArchTest
    static final ArchRule examplesUseOnlyExportedPackages = classes()
            .that().resideInAPackage("org.renfang.examples..")
            .should(new ArchCondition<JavaClass>("use only packages the library modules export") {
                private final Map<String, Set<String>> exported = exportedPackages();

                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        String pkg = d.getTargetClass().getPackageName();
                        String to = moduleOf(pkg);
                        if (to == null || to.equals(EXAMPLES)) {
                            continue;
                        }
                        if (!exported.getOrDefault(to, Set.of()).contains(pkg)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                    + " (package " + pkg + " is not exported by " + to + ")"));
                        }
                    }
                }
            });

    /** Every module's classes were imported, so the rules above cannot pass on nothing. */
    @ArchTest
    static void everyModule_isImported(JavaClasses classes) {
        Set<String> modules = new TreeSet<>();
        for (JavaClass c : classes) {
            String m = moduleOf(c.getPackageName());
            if (m != null) {
                modules.add(m);
            }
        }
        assertThat(modules).containsExactlyInAnyOrder(CORE, VALIDATION, QR, EXAMPLES);
        assertThat(exportedPackages().keySet()).containsExactlyInAnyOrder(CORE, VALIDATION, QR);
    }

    /** The packages each library module's descriptor exports, read from its module-info.class. */
    static Map<String, Set<String>> exportedPackages() {
        Map<String, Set<String>> out = new HashMap<>();
        try {
            Enumeration<URL> urls = ArchitectureTest.class.getClassLoader().getResources("module-info.class");
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    ModuleDescriptor md = ModuleDescriptor.read(in);
                    String module = switch (md.name()) {
                        case "org.renfang.core" -> CORE;
                        case "org.renfang.validation" -> VALIDATION;
                        case "org.renfang.qr" -> QR;
                        default -> null;
                    };
                    if (module != null) {
                        Set<String> pkgs = new TreeSet<>();
                        for (ModuleDescriptor.Exports e : md.exports()) {
                            if (!e.isQualified()) {
                                pkgs.add(e.source());
                            }
                        }
                        out.put(module, pkgs);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading module descriptors failed", e);
        }
        return out;
    }
}
