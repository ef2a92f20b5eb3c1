package org.renfang.examples.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.renfang.model.Basis;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableOrganization;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.Lease;
import org.renfang.model.Organization;
import org.renfang.model.OrganizationId;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesId;
import org.renfang.model.RecordType;
import org.renfang.model.Residence;
import org.renfang.model.Room;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.model.Visit;
import org.renfang.model.json.RenfangJson;
import org.renfang.validation.finding.RuleCode;

/**
 * Builds blocks that each carry one injected violation, and records exactly the findings the
 * violation causes under CN-31 as of {@link RegistryGenerator#AS_OF}: the rule and the JSON
 * Pointer the rule reports it at. Each injection starts from a clean block of a fitting kind,
 * without visits unless the rule is about visits, and changes one thing, chosen so that no
 * other rule notices (see each case).
 *
 * <p>Not thread-safe: one instance serves one generation run.
 */
final class Violations {
    /**
     * The rules injected, in the order they are cycled through: every rule of the catalog that a
     * well-formed registry can break (all but JSON_MALFORMED).
     */
    static final List<RuleCode> RULES = rules();

    /** Turns records into trees; one copy of the wire-format mapper, made once. */
    private static final com.fasterxml.jackson.databind.json.JsonMapper TREES = RenfangJson.registryMapper();
    private static final int NAME_LIMIT = 128;
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

    private final BlockFactory f;
    private int fieldInvalid;
    private int flags;

    Violations(BlockFactory factory) {
        this.f = factory;
    }

    private static List<RuleCode> rules() {
        EnumSet<RuleCode> all = EnumSet.allOf(RuleCode.class);
        all.remove(RuleCode.JSON_MALFORMED);
        // off in the generator's profile (CN-31): the housing provider's confirmation is German law
        all.remove(RuleCode.PROVIDER_CONFIRMATION_LATE);
        return Collections.unmodifiableList(new ArrayList<>(all));
    }

    /**
     * Returns the fewest persons a block with a violation of a rule holds.
     *
     * @param rule the rule, one of {@link #RULES}
     * @return the count, at least 1
     */
    static int minPersons(RuleCode rule) {
        switch (rule) {
            case GROUP_RENTAL_REGISTER:
                return 12;
            case OCCUPANCY_PER_ROOM:
                return 4;
            case OCCUPANCY_AREA:
            case LEASE_OVERLAP:
            case LEASE_LESSOR_NOT_ENTITLED:
            case SUBLEASE_OUTLIVES_PARENT:
            case OCCUPANT_NOT_REGISTERED:
            case RESIDENCE_DEREGISTRATION_LATE:
                return 3;
            case RESIDENCE_BASIS_MISSING:
            case PERSON_DUPLICATE_DOCUMENT:
            case PREMISES_NOT_RENTABLE:
            case LEASE_TERM_INVALID:
            case LEASE_TERM_EXCESS:
            case LEASE_FILING_LATE:
            case RESIDENCE_OUTLIVES_BASIS:
            case FOREIGNER_REGISTRATION_LATE:
            case HMT_REGISTRATION_LATE:
                return 2;
            default:
                return 1;
        }
    }

    /**
     * Builds a block with one violation of a rule.
     *
     * @param rule the rule, one of {@link #RULES}
     * @param r    the random source, not null
     * @param max  the most persons the block may hold, at least {@link #minPersons}
     * @return the block with its expected findings, not null
     */
    Block inject(RuleCode rule, SplittableRandom r, int max) {
        BlockFactory.Shape shape = new BlockFactory.Shape();
        shape.visits = false;
        switch (rule) {
            case FIELD_REQUIRED:
                return fieldRequired(r, owner(r, max, 1, shape));
            case FIELD_INVALID:
                return fieldInvalid(r, owner(r, max, 1, shape));
            case REFERENCE_UNKNOWN:
                return referenceUnknown(r, owner(r, max, 1, shape));
            case ID_NUMBER_INVALID:
                return idNumberInvalid(owner(r, max, 1, shape));
            case ID_BIRTHDATE_MISMATCH:
                return birthDateMismatch(r, owner(r, max, 1, shape));
            case PERSON_DUPLICATE_DOCUMENT:
                return duplicateDocument(owner(r, max - 1, 1, shape));
            case ORG_CREDIT_CODE_INVALID:
                return creditCodeInvalid(f.employer(r, max, shape));
            case PREMISES_NOT_RESIDENTIAL:
                shape.shop = true;
                return notResidential(f.owner(r, 1, shape));
            case PREMISES_NOT_RENTABLE:
                return notRentable(f.rental(r, Math.min(max, 6), shape));
            case ROOM_NOT_HABITABLE:
                return notHabitable(owner(r, max, 1, shape));
            case ROOM_PARTITIONED:
                return partitioned(r, owner(r, max, 1, shape));
            case OCCUPANCY_AREA:
                shape.studio = true;
                shape.tenants = 2;
                return expectPremises(RuleCode.OCCUPANCY_AREA, f.rental(r, 3, shape));
            case OCCUPANCY_PER_ROOM:
                shape.bigRoom = true;
                shape.tenants = 3;
                return expectPremises(RuleCode.OCCUPANCY_PER_ROOM, f.rental(r, 4, shape));
            case GROUP_RENTAL_REGISTER:
                shape.bedrooms = 10;
                return expectPremises(RuleCode.GROUP_RENTAL_REGISTER, f.shared(r, 12, shape));
            case DORMITORY_IN_RESIDENTIAL_COMPOUND:
                shape.dormitory = true;
                return dormitoryInCompound(f.employer(r, max, shape));
            case LEASE_TERM_INVALID:
                return termInvalid(r, f.rental(r, Math.min(max, 6), shape));
            case LEASE_TERM_EXCESS:
                return termExcess(r, f.rental(r, Math.min(max, 6), shape));
            case SUBLEASE_OUTLIVES_PARENT:
                shape.bedrooms = 1;
                return subleaseOutlivesParent(r, f.shared(r, Math.min(max, 4), shape));
            case OCCUPANT_NOT_REGISTERED:
                shape.tenants = 2;
                shape.foreignLessee = true;
                return occupantNotRegistered(r, f.rental(r, Math.min(max, 6), shape));
            case LEASE_OVERLAP:
                return leaseOverlap(r, f.rental(r, Math.min(max - 1, 6), shape));
            case LEASE_LESSOR_NOT_ENTITLED:
                shape.bedrooms = 1;
                return lessorNotEntitled(f.shared(r, Math.min(max, 4), shape));
            case LEASE_FILING_LATE:
                return filingLate(r, f.rental(r, Math.min(max, 6), shape));
            case RESIDENCE_BASIS_MISSING:
                return basisMissing(owner(r, max, 2, shape));
            case RESIDENCE_OUTLIVES_BASIS:
                shape.tenants = 1;
                return outlivesBasis(r, f.rental(r, Math.min(max, 4), shape));
            case RESIDENCE_OVERLAP:
                return residenceOverlap(r, owner(r, max, 1, shape));
            case RESIDENCE_REGISTRATION_LATE:
                shape.nonLocalHead = true;
                return registrationLate(r, owner(r, max, 1, shape));
            case RESIDENCE_DEREGISTRATION_LATE:
                shape.pastLease = true;
                return deregistrationLate(r, f.rental(r, Math.min(max, 6), shape));
            case FOREIGNER_REGISTRATION_LATE:
                shape.foreignLessee = true;
                return registeredLateWithin24Hours(r, f.rental(r, Math.min(max, 6), shape), rule);
            case HMT_REGISTRATION_LATE:
                shape.hmtLessee = true;
                return registeredLateWithin24Hours(r, f.rental(r, Math.min(max, 6), shape), rule);
            case HOTEL_REGISTRATION_LATE:
                return hotelLate(r, f.hotel(r, Math.min(max, 10)));
            case VISIT_LABEL_INVALID:
                return labelInvalid(r, owner(r, max, 1, shape));
            case VISIT_OCCUPANCY_MISMATCH:
                return occupancyMismatch(r, owner(r, max, 1, shape));
            case VISIT_REDUNDANT:
                return redundant(r, owner(r, max, 1, shape));
            default:
                throw new IllegalArgumentException("no injection for " + rule);
        }
    }

    private Block owner(SplittableRandom r, int max, int min, BlockFactory.Shape shape) {
        int size = 1 + BlockFactory.weighted(r, 15, 27, 33, 16, 7, 2);
        return f.owner(r, Math.max(min, Math.min(size, max)), shape);
    }

    // -----------------------------------------------------------------------------------------
    // Shape of the document

    /** A visit record without its required {@code purpose}: FIELD_REQUIRED at that field; the record is not read. */
    private Block fieldRequired(SplittableRandom r, Block b) {
        Visit v = f.visit(r, b, b.premises(b.home).id(), f.agency(r), day(r, b), true);
        ObjectNode node = TREES.valueToTree(v);
        node.remove("purpose");
        int at = b.add(RecordType.VISITS, node);
        b.expect(RuleCode.FIELD_REQUIRED, RecordType.VISITS, at, "/purpose");
        return b;
    }

    /**
     * In turn: a name over 128 characters, a phone number that fails its pattern, a visit whose
     * id repeats an earlier visit's (the repeat is not indexed, so no other rule sees it).
     */
    private Block fieldInvalid(SplittableRandom r, Block b) {
        int variant = fieldInvalid++ % 3;
        if (variant == 2) {
            Visit first = f.visit(r, b, b.premises(b.home).id(), f.agency(r), day(r, b), true);
            b.add(RecordType.VISITS, first);
            Visit again = ImmutableVisit.copyOf(f.visit(r, b, first.premises(), first.agency(), day(r, b), false))
                    .withId(first.id());
            int at = b.add(RecordType.VISITS, again);
            b.expect(RuleCode.FIELD_INVALID, RecordType.VISITS, at, "/id");
            return b;
        }
        Person head = b.person(0);
        if (variant == 0) {
            StringBuilder name = new StringBuilder(head.name());
            while (name.length() <= NAME_LIMIT) {
                name.append(Names.chinese(r, r.nextBoolean()));
            }
            b.set(RecordType.PERSONS, 0, ImmutablePerson.copyOf(head).withName(name.toString()));
            b.expect(RuleCode.FIELD_INVALID, RecordType.PERSONS, 0, "/name");
        } else {
            b.set(RecordType.PERSONS, 0, ImmutablePerson.copyOf(head).withPhone("139-1234-56X8"));
            b.expect(RuleCode.FIELD_INVALID, RecordType.PERSONS, 0, "/phone");
        }
        return b;
    }

    /** A visit by an agency that is not in the records. */
    private Block referenceUnknown(SplittableRandom r, Block b) {
        Visit v = f.visit(r, b, b.premises(b.home).id(), OrganizationId.of("O0"), day(r, b), false);
        int at = b.add(RecordType.VISITS, v);
        b.expect(RuleCode.REFERENCE_UNKNOWN, RecordType.VISITS, at, "/agency");
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Identity

    /** The owner's resident id with a wrong check character (no birth date is then compared). */
    private static Block idNumberInvalid(Block b) {
        Person head = b.person(0);
        IdentityDocument d = head.documents().get(0);
        b.set(RecordType.PERSONS, 0, ImmutablePerson.copyOf(head).withDocuments(
                IdentityDocument.of(d.type(), Identities.withWrongCheck(d.number()))));
        b.expect(RuleCode.ID_NUMBER_INVALID, RecordType.PERSONS, 0, "/documents/0");
        return b;
    }

    /** The owner's birth date some days off the one the resident id encodes. */
    private static Block birthDateMismatch(SplittableRandom r, Block b) {
        Person head = b.person(0);
        LocalDate wrong = head.birthDate().orElseThrow().plusDays(1 + r.nextInt(60));
        // one document only: each disagreeing document is a finding of its own
        b.set(RecordType.PERSONS, 0, ImmutablePerson.copyOf(head).withBirthDate(wrong)
                .withDocuments(head.documents().get(0)));
        b.expect(RuleCode.ID_BIRTHDATE_MISMATCH, RecordType.PERSONS, 0, "/birthDate");
        return b;
    }

    /**
     * A second person record (a stale duplicate, no residence) holding the owner's resident id;
     * the later id carries the finding.
     */
    private Block duplicateDocument(Block b) {
        Person head = b.person(0);
        Person copy = ImmutablePerson.copyOf(head).withId(f.personId());
        int at = b.add(RecordType.PERSONS, copy);
        b.expect(RuleCode.PERSON_DUPLICATE_DOCUMENT, RecordType.PERSONS, at, "/documents/0");
        return b;
    }

    /** The employer's credit code with a wrong check character. */
    private static Block creditCodeInvalid(Block b) {
        Organization o = (Organization) b.get(RecordType.ORGANIZATIONS, b.organization);
        b.set(RecordType.ORGANIZATIONS, b.organization, ImmutableOrganization.copyOf(o)
                .withCreditCode(Identities.withWrongCheck18(o.creditCode().orElseThrow())));
        b.expect(RuleCode.ORG_CREDIT_CODE_INVALID, RecordType.ORGANIZATIONS, b.organization, "/creditCode");
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Premises and rooms

    /** A shopkeeper registered as living in the shop he owns (one resident, so one finding). */
    private static Block notResidential(Block b) {
        b.expect(RuleCode.PREMISES_NOT_RESIDENTIAL, RecordType.RESIDENCES, b.residence, "");
        return b;
    }

    /**
     * Let premises flagged unsafe, an illegal structure or an illegal change of use; only the
     * current lease is reported (an ended lease may predate the flag).
     */
    private Block notRentable(Block b) {
        PremisesFlag flag = PremisesFlag.values()[flags++ % PremisesFlag.values().length];
        Premises p = b.premises(b.home);
        b.set(RecordType.PREMISES, b.home, ImmutablePremises.copyOf(p).withFlags(flag));
        b.expect(RuleCode.PREMISES_NOT_RENTABLE, RecordType.LEASES, b.lease, "");
        return b;
    }

    /** The owner registered in the kitchen (alone there, so no per-room count is exceeded). */
    private static Block notHabitable(Block b) {
        Premises p = b.premises(b.home);
        RoomId kitchen = roomOf(p, RoomKind.KITCHEN);
        b.set(RecordType.RESIDENCES, b.residence, ImmutableResidence.copyOf(b.residence(b.residence)).withRoom(kitchen));
        b.expect(RuleCode.ROOM_NOT_HABITABLE, RecordType.RESIDENCES, b.residence, "");
        return b;
    }

    /**
     * A bedroom partitioned off the living room (隔断), the owner registered in it; a partition's
     * area is its original room's, so the habitable area does not change.
     */
    private static Block partitioned(SplittableRandom r, Block b) {
        Premises p = b.premises(b.home);
        RoomId living = roomOf(p, RoomKind.LIVING_ROOM);
        RoomId cell = RoomId.of(p.id().value() + "-" + (p.rooms().size() + 1));
        Room partition = ImmutableRoom.builder().id(cell).kind(RoomKind.BEDROOM)
                .area(BlockFactory.area(r, 50, 70)).partitionedFrom(living).build();
        List<Room> rooms = new ArrayList<>(p.rooms());
        rooms.add(partition);
        b.set(RecordType.PREMISES, b.home, ImmutablePremises.copyOf(p).withRooms(rooms));
        b.set(RecordType.RESIDENCES, b.residence, ImmutableResidence.copyOf(b.residence(b.residence)).withRoom(cell));
        b.expect(RuleCode.ROOM_PARTITIONED, RecordType.RESIDENCES, b.residence, "");
        return b;
    }

    private static RoomId roomOf(Premises p, RoomKind kind) {
        for (Room room : p.rooms()) {
            if (room.kind() == kind) {
                return room.id();
            }
        }
        throw new IllegalStateException("premises " + p.id() + " have no " + kind);
    }

    /**
     * The premises carry the finding: two lessees in a studio of under 10 m² (OCCUPANCY_AREA),
     * three in one large bedroom of a flat with room enough (OCCUPANCY_PER_ROOM), or ten rooms
     * sublet one by one (GROUP_RENTAL_REGISTER).
     */
    private static Block expectPremises(RuleCode rule, Block b) {
        b.expect(rule, RecordType.PREMISES, b.home, "");
        return b;
    }

    /** The employer's dormitory lies in a residential compound. */
    private static Block dormitoryInCompound(Block b) {
        Premises p = b.premises(b.home);
        b.set(RecordType.PREMISES, b.home, ImmutablePremises.copyOf(p).withInResidentialCompound(true));
        b.expect(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND, RecordType.PREMISES, b.home, "");
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Leases

    /** A lease term of 21 to 30 years (over the 20 of 民法典 art. 705); the tenants' basis holds. */
    /**
     * A second copy of the current lease, recorded with its start 1–30 days after its end: it covers
     * no day, so the tenants' basis (the current lease) holds and nothing else is reported.
     */
    private Block termInvalid(SplittableRandom r, Block b) {
        Lease l = b.lease(b.lease);
        LocalDate start = l.start().plusDays(1 + r.nextInt(30));
        b.add(RecordType.LEASES, ImmutableLease.copyOf(l).withId(f.leaseId()).withStart(start)
                .withEnd(start.minusDays(1 + r.nextInt(30))));
        b.expect(RuleCode.LEASE_TERM_INVALID, RecordType.LEASES, b.size(RecordType.LEASES) - 1, "");
        return b;
    }

    /** The current lease runs 21–30 years: longer than the 20-year maximum (the excess is void). */
    private static Block termExcess(SplittableRandom r, Block b) {
        Lease l = b.lease(b.lease);
        b.set(RecordType.LEASES, b.lease, ImmutableLease.copyOf(l).withEnd(l.start().plusYears(21 + r.nextInt(10))));
        b.expect(RuleCode.LEASE_TERM_EXCESS, RecordType.LEASES, b.lease, "");
        return b;
    }

    /** The second landlord's sublease of the one bedroom ends 1–60 days after the master lease. */
    private static Block subleaseOutlivesParent(SplittableRandom r, Block b) {
        Lease master = b.lease(b.lease);
        Lease sub = b.lease(b.lease + 1);
        b.set(RecordType.LEASES, b.lease + 1, ImmutableLease.copyOf(sub).withEnd(master.end().plusDays(1 + r.nextInt(60))));
        b.expect(RuleCode.SUBLEASE_OUTLIVES_PARENT, RecordType.LEASES, b.lease + 1, "");
        return b;
    }

    /**
     * The second of two foreign tenants moved out 1–3 days before the as-of date and deregistered
     * that day, while the lease still lists them (以房找人).
     */
    private static Block occupantNotRegistered(SplittableRandom r, Block b) {
        int at = b.residence + 1;
        org.renfang.model.Residence gone = b.residence(at);
        LocalDate out = RegistryGenerator.AS_OF.minusDays(1 + r.nextInt(3));
        b.set(RecordType.RESIDENCES, at, ImmutableResidence.copyOf(gone).withMovedOut(out).withDeregisteredOn(out));
        b.expect(RuleCode.OCCUPANT_NOT_REGISTERED, RecordType.LEASES, b.lease, "");
        return b;
    }

    /**
     * A second whole-premises lease to another person (no residence) starting during the current
     * lease; it starts later, so it carries the finding.
     */
    private Block leaseOverlap(SplittableRandom r, Block b) {
        Lease current = b.lease(b.lease);
        // a local, still living at home, whom the reverse check (OCCUPANT_NOT_REGISTERED) leaves out
        Person other = f.national(r, b, Identities.Origin.SHANGHAI,
                BlockFactory.between(r, LocalDate.of(1970, 1, 1), LocalDate.of(2000, 12, 31)), r.nextBoolean());
        LocalDate start = current.start().plusDays(1 + r.nextInt(29));
        Lease second = f.lease(r, current.premises(), current.lessor(), List.of(other), List.of(), start,
                start.plusYears(1).minusDays(1), null, false);
        int at = b.add(RecordType.LEASES, second);
        b.expect(RuleCode.LEASE_OVERLAP, RecordType.LEASES, at, "");
        return b;
    }

    /** The second landlord sublets a room although the master lease does not permit subletting. */
    private static Block lessorNotEntitled(Block b) {
        Lease master = b.lease(b.lease);
        b.set(RecordType.LEASES, b.lease, ImmutableLease.copyOf(master).withSubletPermitted(false));
        b.expect(RuleCode.LEASE_LESSOR_NOT_ENTITLED, RecordType.LEASES, b.lease + 1, "");
        return b;
    }

    /**
     * The lease signed 30–49 days before its start and filed 31–59 days after signing: late,
     * while the tenants' basis (the lease itself) holds.
     */
    private static Block filingLate(SplittableRandom r, Block b) {
        Lease l = b.lease(b.lease);
        LocalDate signed = l.start().minusDays(30 + r.nextInt(20));
        LocalDate filed = signed.plusDays(31 + r.nextInt(29));
        b.set(RecordType.LEASES, b.lease, ImmutableLease.copyOf(l).withSignedOn(signed)
                .withFiling(ImmutableFiling.builder().number("沪租备补" + l.id().value()).filedOn(filed).build()));
        b.expect(RuleCode.LEASE_FILING_LATE, RecordType.LEASES, b.lease, "");
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Residences

    /** A family member registered as owner of the flat the head owns. */
    private static Block basisMissing(Block b) {
        b.set(RecordType.RESIDENCES, b.member, ImmutableResidence.copyOf(b.residence(b.member)).withBasis(Basis.owner()));
        b.expect(RuleCode.RESIDENCE_BASIS_MISSING, RecordType.RESIDENCES, b.member, "");
        return b;
    }

    /** The single tenant's lease ended 5–24 days before the as-of date; the tenant did not move out. */
    private static Block outlivesBasis(SplittableRandom r, Block b) {
        Lease l = b.lease(b.lease);
        b.set(RecordType.LEASES, b.lease, ImmutableLease.copyOf(l)
                .withEnd(RegistryGenerator.AS_OF.minusDays(5 + r.nextInt(20))));
        b.expect(RuleCode.RESIDENCE_OUTLIVES_BASIS, RecordType.RESIDENCES, b.residence, "");
        return b;
    }

    /**
     * The owner registered a second time at the same flat a while after moving in, without
     * deregistering the first (two residences of one person; the later one carries it).
     */
    private Block residenceOverlap(SplittableRandom r, Block b) {
        Residence first = b.residence(b.residence);
        LocalDate in = BlockFactory.between(r, first.movedIn().plusDays(1), RegistryGenerator.AS_OF.minusDays(5));
        Residence again = ImmutableResidence.copyOf(first).withId(f.residenceId()).withMovedIn(in)
                .withRegisteredOn(in.plusDays(r.nextInt(4)));
        int at = b.add(RecordType.RESIDENCES, again);
        b.expect(RuleCode.RESIDENCE_OVERLAP, RecordType.RESIDENCES, at, "");
        return b;
    }

    /**
     * The owner, a national whose household registration lies outside Shanghai (residence
     * registration concerns only non-locals), registered 4 to 30 days after moving in.
     */
    private static Block registrationLate(SplittableRandom r, Block b) {
        Residence res = b.residence(b.residence);
        long room = RegistryGenerator.AS_OF.toEpochDay() - res.movedIn().toEpochDay();
        LocalDate late = res.movedIn().plusDays(4 + r.nextInt((int) Math.min(27, room - 3)));
        b.set(RecordType.RESIDENCES, b.residence, ImmutableResidence.copyOf(res).withRegisteredOn(late));
        b.expect(RuleCode.RESIDENCE_REGISTRATION_LATE, RecordType.RESIDENCES, b.residence, "");
        return b;
    }

    /**
     * A former tenant deregistered 4 to 28 days after moving out. Former tenants are nationals
     * from outside Shanghai, whom deregistration concerns.
     */
    private static Block deregistrationLate(SplittableRandom r, Block b) {
        Residence res = b.residence(b.pastResidence);
        LocalDate late = res.movedOut().orElseThrow().plusDays(4 + r.nextInt(25));
        b.set(RecordType.RESIDENCES, b.pastResidence, ImmutableResidence.copyOf(res).withDeregisteredOn(late));
        b.expect(RuleCode.RESIDENCE_DEREGISTRATION_LATE, RecordType.RESIDENCES, b.pastResidence, "");
        return b;
    }

    /**
     * A lessee registered 2 or 3 days after moving in: a foreigner late by the 24 hours of 出境入境管理法
     * art. 39 ({@code FOREIGNER_REGISTRATION_LATE}), a Hong Kong, Macao or Taiwan resident by the 24
     * hours of the HMT rule ({@code HMT_REGISTRATION_LATE}); either is on time by the 3 days of the
     * general rule, which applies to neither.
     */
    private static Block registeredLateWithin24Hours(SplittableRandom r, Block b, RuleCode rule) {
        Residence res = b.residence(b.residence);
        b.set(RecordType.RESIDENCES, b.residence,
                ImmutableResidence.copyOf(res).withRegisteredOn(res.movedIn().plusDays(2 + r.nextInt(2))));
        b.expect(rule, RecordType.RESIDENCES, b.residence, "");
        return b;
    }

    /** A hotel guest registered the day after checking in. */
    private static Block hotelLate(SplittableRandom r, Block b) {
        Residence res = b.residence(b.residence);
        b.set(RecordType.RESIDENCES, b.residence, ImmutableResidence.copyOf(res).withRegisteredOn(res.movedIn().plusDays(1)));
        b.expect(RuleCode.HOTEL_REGISTRATION_LATE, RecordType.RESIDENCES, b.residence, "");
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Visits

    /** A visit whose scanned label is not Base45 (lower-case letters): malformed without any key. */
    private Block labelInvalid(SplittableRandom r, Block b) {
        char[] body = new char[9 + 3 * r.nextInt(8)];
        for (int i = 0; i < body.length; i++) {
            body[i] = LOWER.charAt(r.nextInt(LOWER.length()));
        }
        Visit v = ImmutableVisit.copyOf(f.visit(r, b, b.premises(b.home).id(), f.agency(r), day(r, b), true))
                .withLabel("RF1:" + new String(body));
        int at = b.add(RecordType.VISITS, v);
        b.expect(RuleCode.VISIT_LABEL_INVALID, RecordType.VISITS, at, "");
        return b;
    }

    /** A visit that observed one occupant more than are registered that day. */
    private Block occupancyMismatch(SplittableRandom r, Block b) {
        Visit v = f.visit(r, b, b.premises(b.home).id(), f.agency(r), day(r, b), true);
        v = ImmutableVisit.copyOf(v).withObservedOccupants(v.observedOccupants().orElseThrow() + 1);
        int at = b.add(RecordType.VISITS, v);
        b.expect(RuleCode.VISIT_OCCUPANCY_MISMATCH, RecordType.VISITS, at, "");
        return b;
    }

    /** Two agencies visiting the same flat 1 to 30 days apart; the later visit carries it. */
    private Block redundant(SplittableRandom r, Block b) {
        OrganizationId first = f.agency(r);
        PremisesId h = b.premises(b.home).id();
        LocalDate day = BlockFactory.between(r, RegistryGenerator.AS_OF.minusDays(700),
                RegistryGenerator.AS_OF.minusDays(31));
        b.add(RecordType.VISITS, f.visit(r, b, h, first, day, BlockFactory.isQuiet(b, h, day)));
        LocalDate next = day.plusDays(1 + r.nextInt(30));
        Visit later = f.visit(r, b, h, f.otherAgency(r, first), next, BlockFactory.isQuiet(b, h, next));
        int at = b.add(RecordType.VISITS, later);
        b.expect(RuleCode.VISIT_REDUNDANT, RecordType.VISITS, at, "");
        return b;
    }

    /** A quiet day for a visit to the block's home in the last 700 days (any day if none is found). */
    private static LocalDate day(SplittableRandom r, Block b) {
        LocalDate from = RegistryGenerator.AS_OF.minusDays(700);
        LocalDate to = RegistryGenerator.AS_OF.minusDays(1);
        LocalDate day = BlockFactory.quietDay(r, b, b.premises(b.home).id(), from, to);
        return day != null ? day : BlockFactory.between(r, from, to);
    }
}
