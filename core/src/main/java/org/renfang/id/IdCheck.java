package org.renfang.id;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.renfang.model.DocumentType;
import org.renfang.model.Sex;

/**
 * The outcome of checking an identity number: a reason and, for a valid number, what it encodes.
 *
 * <p>Only a valid number reports facts: {@link #birthDate()}, {@link #regionCode()} and
 * {@link #sex()} are empty unless {@link #isValid()}, and also empty where the document type
 * encodes no such fact (see {@link IdNumbers} for which type encodes what). Facts are kept in
 * packed form and turned into objects only when asked for.
 *
 * <p>{@link #toString()} names the document type and the reason only: never the number and
 * never the facts, which are personal data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdCheck {

    private static final IdCheck[][] FAILURES = new IdCheck[DocumentType.values().length][IdReason.values().length];

    static {
        for (DocumentType type : DocumentType.values()) {
            for (IdReason reason : IdReason.values()) {
                FAILURES[type.ordinal()][reason.ordinal()] = new IdCheck(type, reason, 0, -1, Gb11643.SEX_NONE);
            }
        }
    }

    private final DocumentType type;
    private final IdReason reason;
    /** Birth date as yyyymmdd, 0 for none. */
    private final int birth;
    /** Region code, -1 for none. */
    private final int region;
    /** One of the Gb11643.SEX_ constants. */
    private final int sex;

    private IdCheck(DocumentType type, IdReason reason, int birth, int region, int sex) {
        this.type = type;
        this.reason = reason;
        this.birth = birth;
        this.region = region;
        this.sex = sex;
    }

    /**
     * Obtains a failed check, without facts.
     *
     * @param type   the document type, not null
     * @param reason the reason, not null and not {@link IdReason#OK}
     * @return the check, not null; the same instance for equal arguments
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code reason} is {@code OK}
     */
    static IdCheck failed(DocumentType type, IdReason reason) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        if (reason == IdReason.OK) {
            throw new IllegalArgumentException("reason OK needs facts");
        }
        return FAILURES[type.ordinal()][reason.ordinal()];
    }

    /** Builds a check from the packed result of {@link Gb11643} (or {@code Gb11643.ok(…)}). */
    static IdCheck of(DocumentType type, long packed) {
        if (!Gb11643.isOk(packed)) {
            return FAILURES[type.ordinal()][Gb11643.reasonOrdinal(packed)];
        }
        return new IdCheck(type, IdReason.OK, Gb11643.ymd(packed), Gb11643.region(packed), Gb11643.sex(packed));
    }

    /** Returns a valid check without facts, for the document types that encode none. */
    static IdCheck okWithoutFacts(DocumentType type) {
        return of(type, Gb11643.ok(Gb11643.SEX_NONE, 0, -1));
    }

    /**
     * Returns the document type the number was checked as.
     *
     * @return the document type, not null
     */
    public DocumentType type() {
        return type;
    }

    /**
     * Returns the reason: {@link IdReason#OK} for a valid number, else the first failing step.
     *
     * @return the reason, not null
     */
    public IdReason reason() {
        return reason;
    }

    /**
     * Returns whether the number is valid, that is whether the reason is {@link IdReason#OK}.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return reason == IdReason.OK;
    }

    /**
     * Returns the birth date the number encodes.
     *
     * @return the birth date, empty if the number is invalid or its type encodes none; not null
     */
    public Optional<LocalDate> birthDate() {
        if (birth == 0) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(birth / 10000, birth / 100 % 100, birth % 100));
    }

    /**
     * Returns the GB/T 2260 region code the number encodes, as six ASCII digits.
     *
     * <p>For resident numbers this is the county-level code of the place of household
     * registration; for HMT permits {@code 810000}, {@code 820000} or {@code 830000}; for the
     * 2023 permanent residence card the province-level code of the accepting authority
     * ({@code xx0000}). The code is not checked against a county table.
     *
     * @return the region code, empty if the number is invalid or its type encodes none; not null
     */
    public Optional<String> regionCode() {
        if (region < 0) {
            return Optional.empty();
        }
        char[] c = new char[6];
        int v = region;
        for (int i = 5; i >= 0; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        return Optional.of(new String(c));
    }

    /**
     * Returns the sex the number encodes by the parity of its sequence digit (odd male, even female).
     *
     * @return {@link Sex#MALE} or {@link Sex#FEMALE}, empty if the number is invalid or its
     *         type encodes no sex; not null
     */
    public Optional<Sex> sex() {
        switch (sex) {
            case Gb11643.SEX_MALE:
                return Optional.of(Sex.MALE);
            case Gb11643.SEX_FEMALE:
                return Optional.of(Sex.FEMALE);
            default:
                return Optional.empty();
        }
    }

    /**
     * Compares the type, reason and encoded facts.
     *
     * @param obj the other object, may be null
     * @return true if {@code obj} is an {@code IdCheck} with equal type, reason and facts
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof IdCheck)) {
            return false;
        }
        IdCheck other = (IdCheck) obj;
        return type == other.type && reason == other.reason && birth == other.birth
                && region == other.region && sex == other.sex;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(type, reason, birth, region, sex);
    }

    /**
     * Returns the document type and reason, e.g. {@code IdCheck[CN_RESIDENT_ID, CHECK_DIGIT]};
     * never the number or its facts.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "IdCheck[" + type + ", " + reason + "]";
    }
}
