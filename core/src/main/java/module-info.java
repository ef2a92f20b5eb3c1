/**
 * renfang core: the person–house registry model, typed ids, identity-number checks,
 * the JSON wire format, the {@code RegistryView} SPI with its in-memory {@code Registry},
 * and the {@code LabelVerifier} SPI.
 */
module org.renfang.core {
    requires static org.immutables.value;
    requires static jakarta.validation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports org.renfang;
    exports org.renfang.model;
    exports org.renfang.model.json;
    exports org.renfang.model.source;
    exports org.renfang.registry;
    exports org.renfang.id;
    exports org.renfang.label;

    opens org.renfang.model to com.fasterxml.jackson.databind;
}
