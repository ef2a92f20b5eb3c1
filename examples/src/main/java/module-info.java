/**
 * renfang examples: the {@code renfang} command line ({@code org.renfang.examples.cli}),
 * runnable example programs, the bundled sample registry and the synthetic data generator.
 */
module org.renfang.examples {
    // Public methods of the examples and the command classes take and return types of these.
    requires transitive org.renfang.core;
    requires transitive org.renfang.validation;
    requires transitive org.renfang.qr;
    requires transitive info.picocli;
    // Annotations on the model's generated classes, for the compiler only.
    requires static org.immutables.value;
    requires me.tongfei.progressbar;
    requires java.logging;
    requires java.management;
    requires java.sql;
    requires com.h2database;

    exports org.renfang.examples;
    exports org.renfang.examples.cli;
    exports org.renfang.examples.generator;

    opens org.renfang.examples.cli to info.picocli;
}
