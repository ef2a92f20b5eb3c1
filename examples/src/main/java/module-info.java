/**
 * renfang examples: the {@code renfang} command line ({@code org.renfang.examples.cli}),
 * runnable example programs, the bundled sample registry and the synthetic data generator.
 */
module org.renfang.examples {
    requires org.renfang.core;
    requires org.renfang.validation;
    requires org.renfang.qr;
    requires info.picocli;
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
