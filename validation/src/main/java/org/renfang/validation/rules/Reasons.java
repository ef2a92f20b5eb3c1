package org.renfang.validation.rules;

/** The reasons of the rules' findings, one enum a rule; each constant is written as its name. */
public final class Reasons {
    private Reasons() {
    }

    /** Why a lease's term is invalid (LEASE_TERM_INVALID). */
    public enum LeaseTerm implements Reason {
        /** The lease starts after it ends. */
        START_AFTER_END
    }

    /** Why a lessor is not entitled to let (LEASE_LESSOR_NOT_ENTITLED). */
    public enum LessorNotEntitled implements Reason {
        /** Without a parent lease: the lessor is not the premises' recorded owner. */
        NOT_OWNER,
        /** The lessor is not a lessee of the parent lease. */
        NOT_PARENT_LESSEE,
        /** The parent lease is of other premises, or does not cover the let rooms. */
        PARENT_OTHER_PREMISES,
        /** The parent lease does not permit subletting. */
        PARENT_NOT_SUBLETTABLE,
        /** The chain of parent leases returns to a lease of it (param {@code cycle}). */
        PARENT_CYCLE
    }

    /** Why a residence's basis is missing on the move-in day (RESIDENCE_BASIS_MISSING). */
    public enum BasisMissing implements Reason {
        /** The lease is of other premises. */
        LEASE_OTHER_PREMISES,
        /** The lease does not cover the move-in day. */
        LEASE_NOT_ACTIVE,
        /** The lease does not let the residence's room. */
        LEASE_OTHER_ROOM,
        /** The person is not listed on the lease. */
        NOT_LISTED_ON_LEASE,
        /** The premises have no recorded owner. */
        OWNER_NOT_RECORDED,
        /** The person is not the premises' recorded owner. */
        NOT_OWNER,
        /** The premises are not a dormitory of the employer. */
        NOT_A_DORMITORY_OF_EMPLOYER,
        /** No employment with the employer covers the move-in day. */
        NO_ACTIVE_EMPLOYMENT,
        /** The family member the basis names is the person. */
        FAMILY_MEMBER_IS_SELF,
        /** The family member the basis names does not live there on the move-in day. */
        FAMILY_MEMBER_NOT_RESIDENT,
        /** The family-member bases return to the person (param {@code cycle}). */
        FAMILY_MEMBER_CYCLE
    }
}
