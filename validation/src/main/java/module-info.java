/**
 * renfang validation: field constraints, the person–house consistency rule engine,
 * jurisdiction profiles, reports, residence-permit eligibility and premises compliance rating.
 */
module org.renfang.validation {
    requires transitive org.renfang.core;
    requires org.hibernate.validator;
    requires transitive jakarta.validation;
    requires static org.immutables.value;

    exports org.renfang.validation;
    exports org.renfang.validation.constraints;
    exports org.renfang.validation.finding;
    exports org.renfang.validation.permit;
    exports org.renfang.validation.profile;
    exports org.renfang.validation.rating;

    opens org.renfang.validation.profiles;
    opens org.renfang.validation to com.fasterxml.jackson.databind;
    opens org.renfang.validation.profile to com.fasterxml.jackson.databind;
}
