package org.renfang.examples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

    /** {@code text} or {@code json}. */
    static final class Format implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(refused(value, e.getMessage()));
            }
        }
    }

    /** {@code zh-CN} or {@code en}. */
    static final class Language implements ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            try {
                return Lang.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(refused(value, e.getMessage()));
            }
        }
    }

    /** {@code L}, {@code M}, {@code Q} or {@code H}. */
    static final class Ecc implements ITypeConverter<ErrorCorrection> {
        @Override
        public ErrorCorrection convert(String value) {
            try {
                return ErrorCorrection.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(refused(value, e.getMessage()));
            }
        }
    }

    /** A premises id. */
    static final class Premises implements ITypeConverter<PremisesId> {
        @Override
        public PremisesId convert(String value) {
            try {
                return PremisesId.of(value);
            } catch (RuntimeException e) {
                throw new TypeConversionException(refused(value, "not a valid record id (1 to 64 characters, not blank)"));
            }
        }
    }

    /** A person id. */
    static final class Person implements ITypeConverter<PersonId> {
        @Override
        public PersonId convert(String value) {
            try {
                return PersonId.of(value);
            } catch (RuntimeException e) {
                throw new TypeConversionException(refused(value, "not a valid record id (1 to 64 characters, not blank)"));
            }
        }
    }
}
