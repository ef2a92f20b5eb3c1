package org.renfang.examples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesId;
import org.renfang.qr.ErrorCorrection;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of option values. A value that does not convert is a usage error (exit 2) whose
 * message shows the value (through {@link Shown#value}) and says what was expected.
 */
final class Converters {
    private Converters() {
    }

    /**
     * The message of a refused value: the value as it may be shown, then what was expected.
     *
     * @param value    the value as typed, not null
     * @param expected what was expected, not null
     * @return the message, not null
     */
    static String refused(String value, String expected) {
        return "'" + Shown.value(value) + "': " + expected;
    }

    /** An ISO date, {@code 2026-11-26}. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(refused(value, "expected an ISO date such as 2026-11-26"));
            }
        }
    }

    /** An instant with offset ({@code 2026-04-01T10:00:00+08:00}) or in UTC ({@code …Z}). */
    static final class At implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value.trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(refused(value, "expected an instant with offset such as 2026-04-01T10:00:00+08:00"));
            }
        }
    }

    /** {@code ROLE} or {@code ROLE:person:ID} / {@code ROLE:organization:ID}. */
    static final class Who implements ITypeConverter<org.renfang.validation.finding.Responsible> {
        @Override
        public org.renfang.validation.finding.Responsible convert(String value) {
            try {
                return org.renfang.validation.finding.Responsible.parse(value.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected ROLE or ROLE:person:ID or ROLE:organization:ID, ROLE one of "
                        + java.util.Arrays.toString(org.renfang.validation.finding.Role.values()));
            }
        }
    }

    /**
     * A value read by a parse function that refuses a value with an {@link IllegalArgumentException}
     * saying what was expected.
     *
     * @param <T> the type of the value
     */
    private abstract static class Parsing<T> implements ITypeConverter<T> {
        private final Function<String, T> parse;

        Parsing(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(refused(value, e.getMessage()));
            }
        }
    }

    /**
     * A record id: what its factory refuses is not a valid record id.
     *
     * @param <T> the type of the id
     */
    private abstract static class RecordId<T> implements ITypeConverter<T> {
        private final Function<String, T> of;

        RecordId(Function<String, T> of) {
            this.of = of;
        }

        @Override
        public T convert(String value) {
            try {
                return of.apply(value);
            } catch (RuntimeException e) {
                throw new TypeConversionException(refused(value, "not a valid record id (1 to 64 characters, not blank)"));
            }
        }
    }

    /** {@code text} or {@code json}. */
    static final class Format extends Parsing<OutputFormat> {
        Format() {
            super(OutputFormat::parse);
        }
    }

    /** {@code zh-CN} or {@code en}. */
    static final class Language extends Parsing<Lang> {
        Language() {
            super(Lang::parse);
        }
    }

    /** {@code L}, {@code M}, {@code Q} or {@code H}. */
    static final class Ecc extends Parsing<ErrorCorrection> {
        Ecc() {
            super(ErrorCorrection::parse);
        }
    }

    /** A premises id. */
    static final class Premises extends RecordId<PremisesId> {
        Premises() {
            super(PremisesId::of);
        }
    }

    /** A person id. */
    static final class Person extends RecordId<PersonId> {
        Person() {
            super(PersonId::of);
        }
    }
}
