package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The basis of a residence: {@code {"type": "LEASE", "lease": id}}, {@code {"type": "EMPLOYER_DORMITORY",
 * "employer": id}}, {@code {"type": "FAMILY_MEMBER", "of": person id}}, or a bare {@code OWNER},
 * {@code HOTEL_STAY} or {@code OTHER}. The reference its type needs is required; others are refused.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableBasis.class)
@JsonDeserialize(as = ImmutableBasis.class)
@JsonPropertyOrder({"type", "lease", "employer", "of"})
public interface Basis {

    /** @return the type, not null */
    @JsonProperty("type")
    BasisType type();

    /** @return the lease, for {@link BasisType#LEASE} */
    @JsonProperty("lease")
    Optional<LeaseId> lease();

    /** @return the employer, for {@link BasisType#EMPLOYER_DORMITORY} */
    @JsonProperty("employer")
    Optional<OrganizationId> employer();

    /** @return the resident this person is a family member of, for {@link BasisType#FAMILY_MEMBER} */
    @JsonProperty("of")
    Optional<PersonId> of();

    /**
     * Checks that the reference the type needs is there, and no other.
     */
    @Value.Check
    default void check() {
        requireOnlyIf("lease", lease().isPresent(), type() == BasisType.LEASE);
        requireOnlyIf("employer", employer().isPresent(), type() == BasisType.EMPLOYER_DORMITORY);
        requireOnlyIf("of", of().isPresent(), type() == BasisType.FAMILY_MEMBER);
    }

    private void requireOnlyIf(String field, boolean present, boolean needed) {
        if (needed && !present) {
            throw new MissingFieldsException(field);
        }
        if (present && !needed) {
            throw new InvalidFieldException(field, "field not allowed for basis type " + type());
        }
    }

    /** @return an OWNER basis */
    static Basis owner() {
        return ImmutableBasis.builder().type(BasisType.OWNER).build();
    }

    /** @return a HOTEL_STAY basis */
    static Basis hotelStay() {
        return ImmutableBasis.builder().type(BasisType.HOTEL_STAY).build();
    }

    /** @return an OTHER basis */
    static Basis other() {
        return ImmutableBasis.builder().type(BasisType.OTHER).build();
    }

    /**
     * @param lease the lease, not null
     * @return a LEASE basis
     */
    static Basis lease(LeaseId lease) {
        return ImmutableBasis.builder().type(BasisType.LEASE).lease(lease).build();
    }

    /**
     * @param employer the employer, not null
     * @return an EMPLOYER_DORMITORY basis
     */
    static Basis employerDormitory(OrganizationId employer) {
        return ImmutableBasis.builder().type(BasisType.EMPLOYER_DORMITORY).employer(employer).build();
    }

    /**
     * @param of the resident, not null
     * @return a FAMILY_MEMBER basis
     */
    static Basis familyMemberOf(PersonId of) {
        return ImmutableBasis.builder().type(BasisType.FAMILY_MEMBER).of(of).build();
    }
}
