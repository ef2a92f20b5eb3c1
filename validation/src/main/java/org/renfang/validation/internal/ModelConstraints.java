package org.renfang.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.renfang.model.Address;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.Filing;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Lease;
import org.renfang.model.Organization;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.model.Room;
import org.renfang.model.Visit;

/**
 * The field constraints of the model, written out by hand: a fast, allocation-free test that a
 * record certainly satisfies every jakarta.validation constraint of its type (and of the values
 * it cascades to). It never clears a record the validator would reject; a record it does not
 * clear goes through the validator, which names the violations (see {@link FieldConstraints}).
 *
 * <p>Each check mirrors an annotation of {@code org.renfang.model} exactly: {@code @NotBlank} is
 * {@link String#isBlank()}, {@code @Size(max)} is {@link String#length()}, the three
 * {@code @Pattern}s are matched character by character, {@code @Positive} and
 * {@code @DecimalMax} compare BigDecimals. {@code ModelConstraintsTest} fails when the
 * annotations of the model change, so that this class changes with them.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ModelConstraints {
    private static final BigDecimal MAX_FLOOR_AREA = new BigDecimal("1000000");
    private static final BigDecimal MAX_ROOM_AREA = new BigDecimal("100000");

    private ModelConstraints() {
    }

    /**
     * Returns whether a record certainly satisfies every constraint of its type.
     *
     * @param record the record, not null
     * @return true if it does; false if it may not (or its type is unknown here)
     */
    static boolean holds(Object record) {
        if (record instanceof Person) {
            return person((Person) record);
        }
        if (record instanceof Residence || record instanceof Employment || record instanceof Enrollment) {
            return true; // no constraints (Residence cascades to Basis and ProviderConfirmation, which have none)
        }
        if (record instanceof Lease) {
            return lease((Lease) record);
        }
        if (record instanceof Premises) {
            return premises((Premises) record);
        }
        if (record instanceof Visit) {
            return visit((Visit) record);
        }
        if (record instanceof Organization) {
            Organization o = (Organization) record;
            return notBlank(o.name(), 128) && max(o.creditCode(), 18);
        }
        return false;
    }

    static boolean person(Person p) {
        if (!notBlank(p.name(), 128)) {
            return false;
        }
        List<IdentityDocument> documents = p.documents();
        for (int i = 0; i < documents.size(); i++) {
            IdentityDocument d = documents.get(i);
            if (!notBlank(d.number(), 64) || !threeCapitals(d.country())) {
                return false;
            }
        }
        if (!threeCapitals(p.nationality())) {
            return false;
        }
        if (p.phone().isPresent()) {
            String phone = p.phone().get();
            if (phone.length() > 32 || !phone(phone)) {
                return false;
            }
        }
        return p.householdRegistration().isEmpty() || address(p.householdRegistration().get());
    }

    static boolean premises(Premises p) {
        if (!address(p.address()) || !area(p.floorArea(), MAX_FLOOR_AREA)) {
            return false;
        }
        List<Room> rooms = p.rooms();
        for (int i = 0; i < rooms.size(); i++) {
            if (!area(rooms.get(i).area(), MAX_ROOM_AREA)) {
                return false;
            }
        }
        return true;
    }

    static boolean lease(Lease l) {
        Optional<Filing> f = l.filing();
        return f.isEmpty() || max(f.get().number(), 64);
    }

    static boolean visit(Visit v) {
        if (!max(v.inspector(), 32) || !max(v.label(), 1024)) {
            return false;
        }
        if (v.observedOccupants().isPresent()) {
            Integer n = v.observedOccupants().get();
            return n >= 0 && n <= 100000;
        }
        return true;
    }

    static boolean address(Address a) {
        return divisionShape(a.division()) && notBlank(a.line(), 256) && max(a.building(), 32) && max(a.unit(), 32)
                && max(a.floor(), 32) && max(a.room(), 32) && max(a.code(), 64);
    }

    // -----------------------------------------------------------------------------------------

    /** {@code @NotBlank @Size(max = max)}. */
    private static boolean notBlank(String s, int max) {
        return s.length() <= max && !s.isBlank();
    }

    /** {@code Optional<@Size(max = max) String>}. */
    private static boolean max(Optional<String> s, int max) {
        return s.isEmpty() || s.get().length() <= max;
    }

    /** {@code Optional<@Pattern(regexp = "[A-Z]{3}") String>}. */
    private static boolean threeCapitals(Optional<String> s) {
        if (s.isEmpty()) {
            return true;
        }
        String v = s.get();
        if (v.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = v.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** {@code @Pattern(regexp = "\\+?[0-9 ()-]{3,32}")}. */
    private static boolean phone(String s) {
        int from = !s.isEmpty() && s.charAt(0) == '+' ? 1 : 0;
        int n = s.length() - from;
        if (n < 3 || n > 32) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == ' ' || c == '(' || c == ')' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code @Pattern(regexp = "\\d{6}|\\d{8}|\\d{9}|\\d{12}")}. */
    static boolean divisionShape(String s) {
        int n = s.length();
        if (n != 6 && n != 8 && n != 9 && n != 12) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code Optional<@Positive @DecimalMax(max) BigDecimal>}. */
    private static boolean area(Optional<BigDecimal> a, BigDecimal max) {
        return a.isEmpty() || a.get().signum() > 0 && a.get().compareTo(max) <= 0;
    }
}
