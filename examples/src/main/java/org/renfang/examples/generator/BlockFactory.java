package org.renfang.examples.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.renfang.model.Basis;
import org.renfang.model.DocumentType;
import org.renfang.model.EmploymentId;
import org.renfang.model.EnrollmentId;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableEnrollment;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableOrganization;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.Party;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesId;
import org.renfang.model.PremisesKind;
import org.renfang.model.PremisesUse;
import org.renfang.model.RecordType;
import org.renfang.model.Residence;
import org.renfang.model.ResidenceId;
import org.renfang.model.Room;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.model.Sex;
import org.renfang.model.Visit;
import org.renfang.model.VisitId;
import org.renfang.model.VisitPurpose;

/**
 * Builds clean blocks: each a small, self-contained piece of a registry that no rule of the
 * CN-31 profile (nor CN) objects to as of {@link RegistryGenerator#AS_OF}.
 *
 * <ul>
 * <li>{@link #owner}: a household living in the flat one of them owns (OWNER and FAMILY_MEMBER
 *     residences), with schoolchildren's enrollments and adults' employments;</li>
 * <li>{@link #rental}: a landlord, a flat let whole to a tenant household (LEASE residences),
 *     sometimes after an earlier, ended lease whose tenants moved out and deregistered;</li>
 * <li>{@link #shared}: a flat let whole to a second landlord (二房东) who sublets its bedrooms
 *     one by one with the owner's permission, a tenant or couple in each;</li>
 * <li>{@link #employer}: an employer, its employees, and the dormitory where most of them live
 *     (EMPLOYER_DORMITORY residences, at most two a room);</li>
 * <li>{@link #hotel}: a hotel and its guests' stays (HOTEL_STAY residences).</li>
 * </ul>
 *
 * <p>Ids are numbered in the order records are made ({@code P1}, {@code H1}, {@code H1-1},
 * {@code L1}…); organizations shared by all blocks (agencies, schools, large employers) are made
 * first by {@link #preamble}. Not thread-safe: one instance serves one generation run.
 */
final class BlockFactory {
    static final LocalDate AS_OF = RegistryGenerator.AS_OF;
    private static final ZoneOffset SHANGHAI_OFFSET = ZoneOffset.ofHours(8);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(Identities.FIRST_YEAR + 1, 1, 1);
    /** The nationality codes of Hong Kong, Macao and Taiwan residents, in the order of {@link Places#HMT}. */
    private static final String[] HMT_NATIONALITIES = {"HKG", "MAC", "TWN"};
    /** One in this many residences of a local is registered late: outside the duty, no finding. */
    private static final int LOCAL_LATE = 10;
    private static final String[] DISTRICT_NAMES = {
        "黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区", "宝山区", "嘉定区",
        "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区"};

    private final Identities identities = new Identities();
    private long persons;
    private long organizations;
    private long premises;
    private long leases;
    private long employments;
    private long enrollments;
    private long residences;
    private long visits;
    private long filings;

    private long agencyFrom;
    private int agencyCount;
    private long schoolFrom;
    private int schoolCount;
    private long employerFrom;
    private int employerCount;

    /** What a block should look like beyond its defaults; the injections ask for these. */
    static final class Shape {
        /** Whether agencies may visit the block's premises. */
        boolean visits = true;
        /** Owner household: the owner lives in a shop (NON_RESIDENTIAL premises). */
        boolean shop;
        /** Owner household: one member has moved out and deregistered. */
        boolean movedOutMember;
        /** Rental: a one-room studio (for an area violation). */
        boolean studio;
        /** Rental: all tenants live in one large bedroom (for a per-room violation). */
        boolean bigRoom;
        /** Rental: the lessee is a foreign national. */
        boolean foreignLessee;
        /** Rental: the lessee is a Hong Kong, Macao or Taiwan resident. */
        boolean hmtLessee;
        /** Owner household: the head's household registration lies outside Shanghai (not a local). */
        boolean nonLocalHead;
        /** Rental: an earlier, ended lease with moved-out tenants. */
        boolean pastLease;
        /** Rental: how many tenants, 0 for the default mix. */
        int tenants;
        /** Shared flat: how many bedrooms are sublet, 0 for the default. */
        int bedrooms;
        /** Employer: at least one dormitory resident. */
        boolean dormitory;
    }

    // -----------------------------------------------------------------------------------------
    // Ids

    PersonId personId() {
        return PersonId.of("P" + ++persons);
    }

    OrganizationId organizationId() {
        return OrganizationId.of("O" + ++organizations);
    }

    PremisesId premisesId() {
        return PremisesId.of("H" + ++premises);
    }

    LeaseId leaseId() {
        return LeaseId.of("L" + ++leases);
    }

    EmploymentId employmentId() {
        return EmploymentId.of("E" + ++employments);
    }

    ResidenceId residenceId() {
        return ResidenceId.of("R" + ++residences);
    }

    VisitId visitId() {
        return VisitId.of("V" + ++visits);
    }

    /** @return an agency of the shared pool, not null */
    OrganizationId agency(SplittableRandom r) {
        return OrganizationId.of("O" + (agencyFrom + r.nextInt(agencyCount)));
    }

    /** @return another agency of the pool than the one given, not null */
    OrganizationId otherAgency(SplittableRandom r, OrganizationId not) {
        long n = Long.parseLong(not.value().substring(1)) - agencyFrom;
        return OrganizationId.of("O" + (agencyFrom + (n + 1 + r.nextInt(agencyCount - 1)) % agencyCount));
    }

    // -----------------------------------------------------------------------------------------
    // Preamble: the organizations every block may refer to

    /**
     * Makes the organizations shared by all blocks: public agencies that visit premises, schools,
     * and large employers that employ people living anywhere.
     *
     * @param r       the random source, not null
     * @param persons the number of persons the registry will hold
     * @return the block, not null
     */
    Block preamble(SplittableRandom r, long persons) {
        Block b = new Block();
        agencyCount = (int) Math.min(400, 4 + persons / 250_000);
        schoolCount = (int) Math.min(20_000, 1 + persons / 1_500);
        employerCount = (int) Math.min(200_000, 2 + persons / 400);
        agencyFrom = organizations + 1;
        String[] agencyKinds = {"公安分局派出所", "房屋管理局", "消防救援支队", "街道办事处"};
        for (int i = 0; i < agencyCount; i++) {
            int d = r.nextInt(Places.SHANGHAI.length);
            String name = "上海市" + DISTRICT_NAMES[d] + agencyKinds[i % agencyKinds.length]
                    + (i >= agencyKinds.length ? "第" + (i / agencyKinds.length + 1) + "所" : "");
            b.add(RecordType.ORGANIZATIONS, ImmutableOrganization.builder().id(organizationId()).name(name)
                    .creditCode(identities.creditCode("11", Places.SHANGHAI[d])).addKinds(OrganizationKind.AGENCY)
                    .build());
        }
        schoolFrom = organizations + 1;
        String[] schoolKinds = {"小学", "中学", "实验学校", "外国语学校", "第二中学"};
        for (int i = 0; i < schoolCount; i++) {
            int d = r.nextInt(Places.SHANGHAI.length);
            b.add(RecordType.ORGANIZATIONS, ImmutableOrganization.builder().id(organizationId())
                    .name("上海市" + DISTRICT_NAMES[d] + Names.company(r).substring(2, 4) + schoolKinds[r.nextInt(schoolKinds.length)])
                    .creditCode(identities.creditCode("12", Places.SHANGHAI[d])).addKinds(OrganizationKind.SCHOOL)
                    .build());
        }
        employerFrom = organizations + 1;
        for (int i = 0; i < employerCount; i++) {
            b.add(RecordType.ORGANIZATIONS, ImmutableOrganization.builder().id(organizationId()).name(Names.company(r))
                    .creditCode(identities.creditCode("91", Places.shanghaiDistrict(r)))
                    .addKinds(OrganizationKind.EMPLOYER).build());
        }
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Owner household

    /**
     * Makes a household living in the flat its head owns.
     *
     * @param r     the random source, not null
     * @param size  the number of persons, 1 to 6
     * @param shape the shape, not null
     * @return the block: {@code home}, {@code residence} (the owner's), {@code member} (a family
     *         member's, or -1), {@code pastResidence} (a moved-out member's, or -1)
     */
    Block owner(SplittableRandom r, int size, Shape shape) {
        Block b = new Block();
        LocalDate headBirth = size >= 3 ? between(r, LocalDate.of(1966, 1, 1), LocalDate.of(1994, 12, 31))
                : between(r, LocalDate.of(1946, 1, 1), LocalDate.of(2000, 12, 31));
        boolean headMale = r.nextBoolean();
        Person head = national(r, b, !shape.nonLocalHead && r.nextInt(10) < 6 ? Identities.Origin.SHANGHAI
                : Identities.Origin.ELSEWHERE, headBirth, headMale);
        LocalDate movedIn = between(r, max(headBirth.plusYears(22), LocalDate.of(1995, 1, 1)), AS_OF.minusDays(10));
        PremisesId h = premisesId();
        Premises home;
        if (shape.shop) {
            home = shop(r, h, Party.of(head.id()));
        } else {
            int bedrooms = size <= 2 ? 1 + r.nextInt(2) : size <= 4 ? 2 + r.nextInt(2) : 3;
            boolean house = r.nextInt(8) == 0;
            home = flat(r, h, Party.of(head.id()), bedrooms, house ? PremisesKind.HOUSE : PremisesKind.APARTMENT,
                    r.nextInt(20) == 0 ? PremisesUse.MIXED : PremisesUse.RESIDENTIAL, !house);
            if (house && r.nextInt(25) == 0) {
                // an added storey (违建加层): the owner may live there, only letting it is refused
                home = ImmutablePremises.copyOf(home).withFlags(PremisesFlag.ILLEGAL_STRUCTURE);
            }
        }
        b.home = b.add(RecordType.PREMISES, home);
        b.residence = b.add(RecordType.RESIDENCES, residence(r, head, h, null, Basis.owner(), movedIn, null));
        boolean parentAdded = false;
        for (int k = 1; k < size; k++) {
            LocalDate birth;
            boolean male;
            LocalDate in;
            if (k == 1) {
                birth = clamp(headBirth.plusDays(r.nextInt(3653) - 1826), EARLIEST_BIRTH, LocalDate.of(2004, 12, 31));
                male = !headMale;
                in = max(movedIn, birth);
            } else if (!parentAdded && headBirth.isBefore(LocalDate.of(1985, 1, 1)) && r.nextInt(4) == 0
                    && headBirth.minusYears(32).isAfter(EARLIEST_BIRTH)) {
                parentAdded = true;
                birth = headBirth.minusYears(24).minusDays(r.nextInt(8 * 365));
                male = r.nextBoolean();
                in = min(movedIn.plusDays(r.nextInt(400)), AS_OF.minusDays(5));
            } else {
                birth = min(headBirth.plusYears(22).plusDays(r.nextInt(18 * 365)), AS_OF.minusDays(20 + r.nextInt(300)));
                male = r.nextBoolean();
                in = max(movedIn, birth);
            }
            Person p = national(r, b, birth.isAfter(movedIn) || r.nextInt(3) > 0 ? Identities.Origin.SHANGHAI
                    : Identities.Origin.ELSEWHERE, birth, male);
            LocalDate out = null;
            if (k >= 2 && (shape.movedOutMember || r.nextInt(12) == 0) && b.pastResidence < 0
                    && birth.isBefore(AS_OF.minusYears(20))) {
                LocalDate earliest = max(in.plusDays(365), birth.plusYears(18));
                if (earliest.isBefore(AS_OF.minusDays(10))) {
                    out = between(r, earliest, AS_OF.minusDays(10));
                }
            }
            int at = b.add(RecordType.RESIDENCES, residence(r, p, h, null, Basis.familyMemberOf(head.id()), in, out));
            if (out != null) {
                b.pastResidence = at;
            } else if (b.member < 0) {
                b.member = at;
            }
            if (out == null) {
                enroll(r, b, p);
            }
        }
        for (Object o : new ArrayList<>(b.all(RecordType.PERSONS))) {
            employ(r, b, (Person) o);
        }
        if (shape.visits) {
            visits(r, b, h);
        }
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Rental

    /**
     * Makes a landlord and a flat let whole to a tenant household.
     *
     * @param r     the random source, not null
     * @param max   the most persons the block may hold, at least 2
     * @param shape the shape, not null
     * @return the block: {@code home}, {@code lease}, {@code residence} (the lessee's),
     *         {@code pastLease} and {@code pastResidence} (or -1)
     */
    Block rental(SplittableRandom r, int max, Shape shape) {
        Block b = new Block();
        Person landlord = national(r, b, Identities.Origin.SHANGHAI,
                between(r, LocalDate.of(1950, 1, 1), LocalDate.of(1988, 12, 31)), r.nextBoolean());
        int tenants = shape.tenants > 0 ? shape.tenants : 1 + weighted(r, 40, 30, 20, 10);
        boolean past = shape.pastLease || (!shape.studio && !shape.bigRoom && r.nextInt(3) == 0);
        int pastTenants = past ? 1 + r.nextInt(2) : 0;
        if (1 + tenants + pastTenants > max) {
            pastTenants = shape.pastLease ? 1 : 0;
            tenants = Math.max(1, Math.min(tenants, max - 1 - pastTenants));
        }
        PremisesId h = premisesId();
        Party owner = Party.of(landlord.id());
        Premises home;
        if (shape.studio) {
            home = studio(r, h, owner);
        } else if (shape.bigRoom) {
            home = bigRoom(r, h, owner);
        } else {
            home = flat(r, h, owner, tenants <= 2 ? 1 + r.nextInt(2) : 2 + r.nextInt(2), PremisesKind.APARTMENT,
                    PremisesUse.RESIDENTIAL, true);
        }
        b.home = b.add(RecordType.PREMISES, home);
        LocalDate start = between(r, AS_OF.minusYears(3), AS_OF.minusDays(30));
        if (pastTenants > 0) {
            LocalDate pastEnd = start.minusDays(1 + r.nextInt(60));
            LocalDate pastStart = pastEnd.plusDays(1).minusYears(1 + r.nextInt(2));
            List<Person> those = new ArrayList<>();
            for (int i = 0; i < pastTenants; i++) {
                those.add(national(r, b, Identities.Origin.ELSEWHERE,
                        between(r, LocalDate.of(1965, 1, 1), LocalDate.of(2002, 12, 31)), r.nextBoolean()));
            }
            Lease pl = lease(r, h, owner, those, null, pastStart, pastEnd, null, false);
            b.pastLease = b.add(RecordType.LEASES, pl);
            for (Person p : those) {
                LocalDate in = pastStart.plusDays(r.nextInt(6));
                LocalDate out = max(in.plusDays(30), pastEnd.minusDays(r.nextInt(11)));
                int at = b.add(RecordType.RESIDENCES, residence(r, p, h, null, Basis.lease(pl.id()), in, out));
                if (b.pastResidence < 0) {
                    b.pastResidence = at;
                }
            }
        }
        List<Person> household = new ArrayList<>();
        boolean foreign = shape.foreignLessee || (!shape.hmtLessee && r.nextInt(16) == 0);
        boolean hmt = shape.hmtLessee || (!foreign && r.nextInt(30) == 0);
        for (int i = 0; i < tenants; i++) {
            LocalDate birth = i == 0 || r.nextInt(3) > 0
                    ? between(r, LocalDate.of(1965, 1, 1), LocalDate.of(2003, 12, 31))
                    : between(r, LocalDate.of(2006, 1, 1), AS_OF.minusYears(1));
            boolean male = r.nextBoolean();
            Person p;
            if (foreign) {
                p = foreigner(r, b, birth, male);
            } else if (hmt && i == 0) {
                p = hmt(r, b, birth, male);
            } else {
                p = national(r, b, r.nextInt(7) == 0 ? Identities.Origin.SHANGHAI : Identities.Origin.ELSEWHERE,
                        birth, male);
            }
            household.add(p);
        }
        LocalDate end = start.minusDays(1).plusYears(1 + r.nextInt(3));
        while (end.isBefore(AS_OF.plusDays(30))) {
            end = end.plusYears(1);
        }
        Lease current = lease(r, h, owner, household.subList(0, 1), household.subList(1, household.size()), start, end,
                null, false);
        b.lease = b.add(RecordType.LEASES, current);
        RoomId room = shape.bigRoom ? home.rooms().get(0).id() : null;
        for (Person p : household) {
            LocalDate in = min(start.plusDays(r.nextInt(6)), AS_OF.minusDays(4));
            b.addResidence(residence(r, p, h, room, Basis.lease(current.id()), in, null));
        }
        for (Person p : household) {
            employ(r, b, p);
            enroll(r, b, p);
        }
        if (shape.visits) {
            visits(r, b, h);
        }
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Shared flat

    /**
     * Makes a flat let whole to a second landlord who sublets its bedrooms one by one; in the
     * default shape, one flat in four is instead owned by a letting agent (长租公寓) that lets its
     * bedrooms one by one itself.
     *
     * @param r     the random source, not null
     * @param max   the most persons the block may hold, at least 3
     * @param shape the shape, not null ({@code bedrooms} 0 for 2–4)
     * @return the block: {@code home}, {@code lease} (the master lease, or -1 for an agent's flat),
     *         {@code residence} (the first subtenant's), {@code organization} (the agent, or -1)
     */
    Block shared(SplittableRandom r, int max, Shape shape) {
        Block b = new Block();
        boolean agent = shape.bedrooms == 0 && r.nextInt(4) == 0;
        Party ownerParty;
        Person second = null;
        if (agent) {
            OrganizationId o = organizationId();
            b.organization = b.add(RecordType.ORGANIZATIONS, ImmutableOrganization.builder().id(o)
                    .name(Names.lettingAgent(r)).creditCode(identities.creditCode("91", Places.shanghaiDistrict(r)))
                    .addKinds(OrganizationKind.LETTING_AGENT).build());
            ownerParty = Party.of(o);
        } else {
            Person owner = national(r, b, Identities.Origin.SHANGHAI,
                    between(r, LocalDate.of(1950, 1, 1), LocalDate.of(1985, 12, 31)), r.nextBoolean());
            // The second landlord lives elsewhere in the city, off the books of this flat: a local,
            // whom the reverse check (OCCUPANT_NOT_REGISTERED) leaves out. (The draw is kept so that
            // the blocks that follow stay as they were.)
            r.nextInt(3);
            second = national(r, b, Identities.Origin.SHANGHAI,
                    between(r, LocalDate.of(1975, 1, 1), LocalDate.of(1996, 12, 31)), r.nextBoolean());
            ownerParty = Party.of(owner.id());
        }
        int landlords = b.size(RecordType.PERSONS);
        int bedrooms = shape.bedrooms > 0 ? shape.bedrooms : 2 + r.nextInt(3);
        bedrooms = Math.max(1, Math.min(bedrooms, max - landlords));
        boolean group = shape.bedrooms >= 5;
        PremisesId h = premisesId();
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < bedrooms; i++) {
            rooms.add(room(h, rooms.size() + 1, RoomKind.BEDROOM, area(r, group ? 80 : 90, 150)));
        }
        rooms.add(room(h, rooms.size() + 1, RoomKind.LIVING_ROOM, area(r, 150, 250)));
        rooms.add(room(h, rooms.size() + 1, RoomKind.KITCHEN, area(r, 50, 80)));
        rooms.add(room(h, rooms.size() + 1, RoomKind.BATHROOM, area(r, 30, 60)));
        if (bedrooms > 4) {
            rooms.add(room(h, rooms.size() + 1, RoomKind.BATHROOM, area(r, 30, 60)));
        }
        Premises home = ImmutablePremises.builder().id(h).address(Places.shanghai(r, Places.shanghaiDistrict(r), 24))
                .kind(group ? PremisesKind.HOUSE : PremisesKind.APARTMENT).use(PremisesUse.RESIDENTIAL)
                .floorArea(floorArea(r, rooms)).owner(ownerParty).rooms(rooms).inResidentialCompound(!group).build();
        b.home = b.add(RecordType.PREMISES, home);
        LocalDate masterStart;
        LocalDate masterEnd;
        LeaseId parent;
        Party lessor;
        if (agent) {
            masterStart = AS_OF.minusYears(3);
            masterEnd = AS_OF.plusYears(5);
            parent = null;
            lessor = ownerParty;
        } else {
            masterStart = between(r, AS_OF.minusYears(4), AS_OF.minusDays(400));
            masterEnd = masterStart.minusDays(1).plusYears(3 + r.nextInt(3));
            while (masterEnd.isBefore(AS_OF.plusDays(200))) {
                masterEnd = masterEnd.plusYears(1);
            }
            Lease master = lease(r, h, ownerParty, List.of(second), List.of(), masterStart, masterEnd, null, true);
            b.lease = b.add(RecordType.LEASES, master);
            parent = master.id();
            lessor = Party.of(second.id());
        }
        int left = max - landlords;
        for (int i = 0; i < bedrooms && left > 0; i++) {
            int n = !group && left >= 2 && r.nextInt(10) < 3 ? 2 : 1;
            left -= n;
            List<Person> tenants = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                tenants.add(national(r, b, r.nextInt(6) == 0 ? Identities.Origin.SHANGHAI : Identities.Origin.ELSEWHERE,
                        between(r, LocalDate.of(1975, 1, 1), LocalDate.of(2004, 12, 31)), r.nextBoolean()));
            }
            LocalDate start = between(r, max(masterStart.plusDays(10), AS_OF.minusDays(330)), AS_OF.minusDays(20));
            LocalDate end = min(start.plusYears(1).minusDays(1), masterEnd);
            Lease sub = ImmutableLease.copyOf(lease(r, h, lessor, tenants.subList(0, 1), tenants.subList(1, n), start,
                    end, parent, false)).withRooms(rooms.get(i).id());
            b.add(RecordType.LEASES, sub);
            for (Person p : tenants) {
                LocalDate in = min(start.plusDays(r.nextInt(6)), AS_OF.minusDays(4));
                b.addResidence(residence(r, p, h, rooms.get(i).id(), Basis.lease(sub.id()), in, null));
                employ(r, b, p);
            }
        }
        if (shape.visits) {
            visits(r, b, h);
        }
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Employer with dormitory

    /**
     * Makes an employer, its employees and its dormitories.
     *
     * @param r     the random source, not null
     * @param max   the most persons the block may hold, at least 1
     * @param shape the shape, not null
     * @return the block: {@code organization} (the employer), {@code home} (the first dormitory, or -1),
     *         {@code residence} (the first dormitory resident's, or -1)
     */
    Block employer(SplittableRandom r, int max, Shape shape) {
        Block b = new Block();
        OrganizationId employer = organizationId();
        String district = Places.shanghaiDistrict(r);
        b.organization = b.add(RecordType.ORGANIZATIONS, ImmutableOrganization.builder().id(employer)
                .name(Names.company(r)).creditCode(identities.creditCode("91", district))
                .addKinds(OrganizationKind.EMPLOYER).build());
        int staff = Math.min(max, 4 + r.nextInt(21));
        int residents = (staff * (6 + r.nextInt(4)) + 5) / 10;
        if (shape.dormitory && residents == 0) {
            residents = 1;
        }
        int made = 0;
        while (made < residents) {
            int here = Math.min(12, residents - made);
            PremisesId h = premisesId();
            List<Room> rooms = new ArrayList<>();
            int bedrooms = (here + 1) / 2;
            for (int i = 0; i < bedrooms; i++) {
                rooms.add(room(h, rooms.size() + 1, RoomKind.BEDROOM, area(r, 140, 200)));
            }
            rooms.add(room(h, rooms.size() + 1, RoomKind.BATHROOM, area(r, 40, 80)));
            if (r.nextBoolean()) {
                rooms.add(room(h, rooms.size() + 1, RoomKind.KITCHEN, area(r, 60, 100)));
            }
            Premises dorm = ImmutablePremises.builder().id(h).address(Places.shanghaiBuilding(r, district))
                    .kind(PremisesKind.DORMITORY).use(PremisesUse.RESIDENTIAL).floorArea(floorArea(r, rooms))
                    .owner(Party.of(employer)).rooms(rooms).dormitoryOf(employer).inResidentialCompound(false).build();
            int at = b.add(RecordType.PREMISES, dorm);
            if (b.home < 0) {
                b.home = at;
            }
            for (int i = 0; i < here; i++) {
                Person p = worker(r, b);
                LocalDate start = between(r, AS_OF.minusYears(8), AS_OF.minusDays(30));
                b.add(RecordType.EMPLOYMENTS, ImmutableEmployment.builder().id(employmentId()).person(p.id())
                        .employer(employer).start(start).build());
                LocalDate in = min(start.plusDays(r.nextInt(11)), AS_OF.minusDays(4));
                b.addResidence(
                        residence(r, p, h, rooms.get(i / 2).id(), Basis.employerDormitory(employer), in, null));
            }
            made += here;
        }
        for (int i = residents; i < staff; i++) {
            Person p = worker(r, b);
            if (i == residents && b.home >= 0 && r.nextBoolean()) {
                formerResident(r, b, p, employer);
                continue;
            }
            LocalDate start = between(r, AS_OF.minusYears(8), AS_OF.minusDays(30));
            ImmutableEmployment.Builder e = ImmutableEmployment.builder().id(employmentId()).person(p.id())
                    .employer(employer).start(start);
            if (r.nextInt(5) == 0) {
                e.end(between(r, start.plusDays(90), AS_OF.minusDays(1)));
            }
            b.add(RecordType.EMPLOYMENTS, e.build());
        }
        if (shape.visits) {
            for (int i = 0; i < b.size(RecordType.PREMISES); i++) {
                visits(r, b, b.premises(i).id());
            }
        }
        return b;
    }

    /**
     * Adds a former employee who lived in the first dormitory, in a room of its own added for
     * the purpose, and moved out (and deregistered) when the employment ended.
     */
    private void formerResident(SplittableRandom r, Block b, Person p, OrganizationId employer) {
        Premises dorm = b.premises(b.home);
        List<Room> rooms = new ArrayList<>(dorm.rooms());
        Room room = room(dorm.id(), rooms.size() + 1, RoomKind.BEDROOM, area(r, 140, 200));
        rooms.add(room);
        b.set(RecordType.PREMISES, b.home, ImmutablePremises.copyOf(dorm).withRooms(rooms)
                .withFloorArea(floorArea(r, rooms)));
        LocalDate start = between(r, AS_OF.minusYears(8), AS_OF.minusDays(400));
        LocalDate end = between(r, start.plusDays(180), AS_OF.minusDays(30));
        b.add(RecordType.EMPLOYMENTS, ImmutableEmployment.builder().id(employmentId()).person(p.id())
                .employer(employer).start(start).end(end).build());
        LocalDate in = start.plusDays(r.nextInt(11));
        LocalDate out = r.nextInt(4) == 0 ? end.plusDays(1) : max(in.plusDays(30), end.minusDays(r.nextInt(11)));
        b.add(RecordType.RESIDENCES, residence(r, p, dorm.id(), room.id(), Basis.employerDormitory(employer), in, out));
    }

    /** An employee: one in ten a local, one in fifty a Hong Kong, Macao or Taiwan resident, else from elsewhere. */
    private Person worker(SplittableRandom r, Block b) {
        LocalDate birth = between(r, LocalDate.of(1968, 1, 1), LocalDate.of(2006, 6, 30));
        int roll = r.nextInt(50);
        if (roll == 0) {
            return hmt(r, b, birth, r.nextInt(10) < 6);
        }
        return national(r, b, roll <= 5 ? Identities.Origin.SHANGHAI : Identities.Origin.ELSEWHERE, birth,
                r.nextInt(10) < 6);
    }

    // -----------------------------------------------------------------------------------------
    // Hotel

    /**
     * Makes a hotel and the stays of its guests.
     *
     * @param r   the random source, not null
     * @param max the most persons (guests) the block may hold, at least 1
     * @return the block: {@code organization} (the operator), {@code home} (the hotel),
     *         {@code residence} (the first stay)
     */
    Block hotel(SplittableRandom r, int max) {
        Block b = new Block();
        OrganizationId operator = organizationId();
        String district = Places.shanghaiDistrict(r);
        b.organization = b.add(RecordType.ORGANIZATIONS, ImmutableOrganization.builder().id(operator)
                .name(Names.hotel(r)).creditCode(identities.creditCode("91", district))
                .addKinds(OrganizationKind.HOTEL_OPERATOR).build());
        PremisesId h = premisesId();
        b.home = b.add(RecordType.PREMISES, ImmutablePremises.builder().id(h).address(Places.shanghaiBuilding(r, district))
                .kind(PremisesKind.HOTEL).use(PremisesUse.NON_RESIDENTIAL)
                .floorArea(BigDecimal.valueOf(8000 + r.nextInt(42000), 1)).owner(Party.of(operator)).build());
        int guests = Math.min(max, 3 + r.nextInt(8));
        for (int i = 0; i < guests; i++) {
            LocalDate birth = between(r, LocalDate.of(1950, 1, 1), LocalDate.of(2006, 12, 31));
            boolean male = r.nextBoolean();
            int kind = r.nextInt(20);
            Person p = kind < 5 ? foreigner(r, b, birth, male)
                    : kind < 7 ? hmt(r, b, birth, male)
                    : national(r, b, kind < 9 ? Identities.Origin.SHANGHAI : Identities.Origin.ELSEWHERE, birth, male);
            LocalDate in = between(r, AS_OF.minusDays(730), AS_OF.minusDays(1));
            int stays = r.nextInt(5) == 0 ? 2 : 1;
            for (int s = 0; s < stays && !in.isAfter(AS_OF.minusDays(1)); s++) {
                LocalDate out = in.plusDays(1 + r.nextInt(6));
                Residence stay = ImmutableResidence.builder().id(residenceId()).person(p.id()).premises(h)
                        .basis(Basis.hotelStay()).movedIn(in).registeredOn(in)
                        .movedOut(out.isAfter(AS_OF) ? null : out).deregisteredOn(out.isAfter(AS_OF) ? null : out)
                        .build();
                b.addResidence(stay);
                in = out.plusDays(30 + r.nextInt(170));
            }
        }
        return b;
    }

    // -----------------------------------------------------------------------------------------
    // Persons

    /**
     * Makes a Chinese national with a resident id and adds the person to the block.
     *
     * @param r      the random source, not null
     * @param b      the block, not null
     * @param origin where the resident id was issued, not null
     * @param birth  the birth date, not null
     * @param male   the sex
     * @return the person, not null
     */
    Person national(SplittableRandom r, Block b, Identities.Origin origin, LocalDate birth, boolean male) {
        String number = identities.residentId(r, origin, birth, male);
        ImmutablePerson.Builder p = ImmutablePerson.builder().id(personId()).name(Names.chinese(r, male))
                .addDocuments(IdentityDocument.of(DocumentType.CN_RESIDENT_ID, number)).birthDate(birth)
                .nationality("CHN").householdRegistration(Places.home(r, number.substring(0, 6)));
        if (birth.getYear() < 1965 && r.nextInt(6) == 0) {
            // the first-generation number the person held before 1999: the same without century and check
            p.addDocuments(IdentityDocument.of(DocumentType.CN_RESIDENT_ID_15,
                    number.substring(0, 6) + number.substring(8, 17)));
        }
        finish(r, p, birth, male);
        Person person = p.build();
        b.add(RecordType.PERSONS, person);
        return person;
    }

    // -----------------------------------------------------------------------------------------
    // Hong Kong, Macao and Taiwan residents (HMT_RESIDENT under the CN profiles)

    /**
     * Makes a Hong Kong (five in ten), Macao (one) or Taiwan (four) resident. Each holds the
     * travel permit of the region (港澳居民来往内地通行证 {@code H}/{@code M} + 8 digits, or
     * 台湾居民来往大陆通行证, 8 digits), four in ten also the residence permit (港澳台居民居住证,
     * 810000/820000/830000); the nationality is HKG, MAC or TWN, or absent in one in ten (the
     * documents tell). Two in ten are recorded as many Chinese systems do: nationality CHN and the
     * residence permit alone. None has a household registration on the mainland.
     */
    Person hmt(SplittableRandom r, Block b, LocalDate birth, boolean male) {
        int region = weighted(r, 5, 1, 4);
        ImmutablePerson.Builder p = ImmutablePerson.builder().id(personId()).name(Names.chinese(r, male))
                .birthDate(birth);
        int roll = r.nextInt(10);
        if (roll < 2) {
            p.addDocuments(IdentityDocument.of(DocumentType.CN_HMT_RESIDENCE_PERMIT,
                    identities.hmtPermit(region, birth, male))).nationality("CHN");
        } else {
            p.addDocuments(region == Places.TAIWAN
                    ? IdentityDocument.of(DocumentType.CN_TAIWAN_PERMIT, identities.taiwanPermit())
                    : IdentityDocument.of(DocumentType.CN_HK_MACAO_PERMIT, identities.hongKongMacaoPermit(region == 1)));
            if (roll < 6) {
                p.addDocuments(IdentityDocument.of(DocumentType.CN_HMT_RESIDENCE_PERMIT,
                        identities.hmtPermit(region, birth, male)));
            }
            if (roll < 9) {
                p.nationality(HMT_NATIONALITIES[region]);
            }
        }
        finish(r, p, birth, male);
        Person person = p.build();
        b.add(RecordType.PERSONS, person);
        return person;
    }

    /** Makes a foreign national with a passport. */
    Person foreigner(SplittableRandom r, Block b, LocalDate birth, boolean male) {
        String[] passport = identities.passport(r);
        ImmutablePerson.Builder p = ImmutablePerson.builder().id(personId()).name(Names.latin(r))
                .addDocuments(ImmutableIdentityDocument.builder().type(DocumentType.PASSPORT).number(passport[1])
                        .country(passport[0]).build())
                .birthDate(birth).nationality(passport[0]);
        finish(r, p, birth, male);
        Person person = p.build();
        b.add(RecordType.PERSONS, person);
        return person;
    }

    private static void finish(SplittableRandom r, ImmutablePerson.Builder p, LocalDate birth, boolean male) {
        if (r.nextInt(20) > 0) {
            p.sex(male ? Sex.MALE : Sex.FEMALE);
        }
        if (birth.isBefore(AS_OF.minusYears(16)) && r.nextInt(10) > 0) {
            p.phone(Identities.phone(r));
        }
    }

    // -----------------------------------------------------------------------------------------
    // Records

    /**
     * Makes a residence registered 0–3 days after move-in (0–1 for a Hong Kong, Macao or Taiwan
     * resident or a foreigner: 24 hours) and, if it has a move-out day, deregistered 0–3 days
     * after it; never after {@link #AS_OF}. One in {@value #LOCAL_LATE} residences of a local
     * (household registration in Shanghai) is registered 4–30 days after move-in instead:
     * residence registration does not concern locals, so that is no finding, and a rule that
     * reports it breaks the manifest.
     */
    Residence residence(SplittableRandom r, Person p, PremisesId h, RoomId room, Basis basis, LocalDate in,
            LocalDate out) {
        boolean mainland = isMainlandNational(p);
        LocalDate registered = in.plusDays(r.nextInt(mainland ? 4 : 2));
        if (mainland && isLocal(p) && r.nextInt(LOCAL_LATE) == 0) {
            registered = in.plusDays(4 + r.nextInt(27));
        }
        ImmutableResidence.Builder b = ImmutableResidence.builder().id(residenceId()).person(p.id()).premises(h)
                .basis(basis).movedIn(in).registeredOn(min(registered, AS_OF));
        if (room != null) {
            b.room(room);
        }
        if (out != null) {
            b.movedOut(out).deregisteredOn(min(out.plusDays(r.nextInt(4)), AS_OF));
        }
        return b.build();
    }

    /**
     * Returns whether a person is a mainland national as the generator makes them: a resident id
     * (Hong Kong, Macao and Taiwan residents and foreigners hold none).
     */
    static boolean isMainlandNational(Person p) {
        for (IdentityDocument d : p.documents()) {
            if (d.type() == DocumentType.CN_RESIDENT_ID) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether a person is local to the generated premises (all in Shanghai): a household
     * registration in Shanghai.
     */
    static boolean isLocal(Person p) {
        return p.householdRegistration().map(a -> Places.isShanghai(a.division())).orElse(false);
    }

    /**
     * Makes a lease signed up to 20 days before its start and filed within 25 days of signing
     * (a lease signed in the last 25 days may be not filed yet).
     */
    Lease lease(SplittableRandom r, PremisesId h, Party lessor, List<Person> lessees, List<Person> occupants,
            LocalDate start, LocalDate end, LeaseId parent, boolean sublet) {
        LocalDate signed = start.minusDays(r.nextInt(21));
        ImmutableLease.Builder l = ImmutableLease.builder().id(leaseId()).premises(h).lessor(lessor).signedOn(signed)
                .start(start).end(end).subletPermitted(sublet);
        for (Person p : lessees) {
            l.addLessees(Party.of(p.id()));
        }
        if (occupants != null) {
            for (Person p : occupants) {
                l.addOccupants(p.id());
            }
        }
        if (parent != null) {
            l.parent(parent);
        }
        LocalDate filed = signed.plusDays(r.nextInt(26));
        if (!filed.isAfter(AS_OF) && !(AS_OF.toEpochDay() - signed.toEpochDay() <= 25 && r.nextInt(3) == 0)) {
            l.filing(ImmutableFiling.builder().number(filingNumber(filed)).filedOn(filed).build());
        }
        return l.build();
    }

    private String filingNumber(LocalDate filed) {
        String serial = Long.toString(++filings);
        return "沪租备" + filed.getYear() + "0000000".substring(Math.min(7, serial.length())) + serial;
    }

    private void employ(SplittableRandom r, Block b, Person p) {
        LocalDate birth = p.birthDate().orElseThrow();
        if (birth.isAfter(AS_OF.minusYears(20)) || birth.isBefore(AS_OF.minusYears(62)) || r.nextInt(10) >= 6) {
            return;
        }
        LocalDate start = between(r, max(birth.plusYears(19), LocalDate.of(2005, 1, 1)), AS_OF.minusDays(15));
        ImmutableEmployment.Builder e = ImmutableEmployment.builder().id(employmentId()).person(p.id())
                .employer(OrganizationId.of("O" + (employerFrom + r.nextInt(employerCount)))).start(start);
        if (r.nextInt(8) == 0) {
            e.end(between(r, start.plusDays(60), AS_OF.minusDays(1)));
        }
        b.add(RecordType.EMPLOYMENTS, e.build());
    }

    private void enroll(SplittableRandom r, Block b, Person p) {
        LocalDate birth = p.birthDate().orElseThrow();
        int age = birth.until(AS_OF).getYears();
        if (age < 6 || age > 17) {
            return;
        }
        int stage = age < 12 ? 6 : age < 15 ? 12 : 15;
        int years = stage == 6 ? 6 : 3;
        int entry = birth.getYear() + stage + (birth.getMonthValue() > 8 ? 1 : 0);
        LocalDate start = LocalDate.of(Math.min(entry, AS_OF.getYear() - (AS_OF.getMonthValue() >= 9 ? 0 : 1)), 9, 1);
        b.add(RecordType.ENROLLMENTS, ImmutableEnrollment.builder().id(EnrollmentId.of("S" + ++enrollments))
                .person(p.id()).school(OrganizationId.of("O" + (schoolFrom + r.nextInt(schoolCount)))).start(start)
                .end(LocalDate.of(start.getYear() + years, 6, 30)).build());
    }

    /**
     * Maybe adds visits to premises of the block: one in eight premises had a visit in the last
     * two years, a few a second one by the same agency; the observed count, when given, is the
     * number of persons registered there that day. Visits fall on quiet days only (see
     * {@link #isQuiet}), so the count does not hinge on how a rule treats a move-in or move-out
     * not yet registered.
     */
    void visits(SplittableRandom r, Block b, PremisesId h) {
        if (r.nextInt(8) > 0) {
            return;
        }
        OrganizationId agency = agency(r);
        LocalDate day = quietDay(r, b, h, AS_OF.minusDays(700), AS_OF.minusDays(1));
        if (day == null) {
            return;
        }
        b.add(RecordType.VISITS, visit(r, b, h, agency, day, r.nextInt(5) > 0));
        if (r.nextInt(4) == 0) {
            LocalDate again = day.plusDays(40 + r.nextInt(300));
            if (again.isBefore(AS_OF) && isQuiet(b, h, again)) {
                b.add(RecordType.VISITS, visit(r, b, h, agency, again, r.nextInt(5) > 0));
            }
        }
    }

    /**
     * Finds a quiet day at premises between two days, trying a few at random.
     *
     * @return the day, or null if none of the tries was quiet
     */
    static LocalDate quietDay(SplittableRandom r, Block b, PremisesId h, LocalDate from, LocalDate to) {
        for (int i = 0; i < 8; i++) {
            LocalDate day = between(r, from, to);
            if (isQuiet(b, h, day)) {
                return day;
            }
        }
        return null;
    }

    /**
     * Returns whether no residence at the premises moves in, moves out, registers or deregisters
     * within four days of a day.
     */
    static boolean isQuiet(Block b, PremisesId h, LocalDate day) {
        long d = day.toEpochDay();
        for (Object o : b.all(RecordType.RESIDENCES)) {
            Residence res = (Residence) o;
            if (!res.premises().equals(h)) {
                continue;
            }
            if (near(d, res.movedIn()) || near(d, res.registeredOn()) || near(d, res.movedOut().orElse(null))
                    || near(d, res.deregisteredOn().orElse(null))) {
                return false;
            }
        }
        return true;
    }

    private static boolean near(long day, LocalDate event) {
        return event != null && Math.abs(event.toEpochDay() - day) <= 4;
    }

    /** Makes a visit on a day between 09:00 and 17:59 Shanghai time. */
    Visit visit(SplittableRandom r, Block b, PremisesId h, OrganizationId agency, LocalDate day, boolean count) {
        int roll = r.nextInt(10);
        VisitPurpose purpose = roll < 6 ? VisitPurpose.REGISTRATION_CHECK
                : roll < 8 ? VisitPurpose.SAFETY_INSPECTION : roll < 9 ? VisitPurpose.SERVICE : VisitPurpose.OTHER;
        ImmutableVisit.Builder v = ImmutableVisit.builder().id(visitId()).premises(h).agency(agency)
                .inspector("SH" + (10000 + r.nextInt(90000)))
                .at(OffsetDateTime.of(day.atTime(9 + r.nextInt(9), r.nextInt(60)), SHANGHAI_OFFSET)).purpose(purpose);
        if (count) {
            v.observedOccupants(registered(b, h, day));
        }
        return v.build();
    }

    /** Counts the distinct persons with a residence at premises covering a day, hotel stays included. */
    static int registered(Block b, PremisesId h, LocalDate day) {
        Set<PersonId> persons = new HashSet<>();
        for (Object o : b.all(RecordType.RESIDENCES)) {
            Residence res = (Residence) o;
            if (res.premises().equals(h) && res.covers(day)) {
                persons.add(res.person());
            }
        }
        return persons.size();
    }

    // -----------------------------------------------------------------------------------------
    // Premises

    /** A flat: bedrooms of 10–18 m², a living room, kitchen, bathroom and maybe a balcony. */
    Premises flat(SplittableRandom r, PremisesId h, Party owner, int bedrooms, PremisesKind kind, PremisesUse use,
            boolean compound) {
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < bedrooms; i++) {
            rooms.add(room(h, rooms.size() + 1, RoomKind.BEDROOM, area(r, 100, 180)));
        }
        rooms.add(room(h, rooms.size() + 1, RoomKind.LIVING_ROOM, area(r, 140, 250)));
        rooms.add(room(h, rooms.size() + 1, RoomKind.KITCHEN, area(r, 50, 90)));
        rooms.add(room(h, rooms.size() + 1, RoomKind.BATHROOM, area(r, 30, 60)));
        if (r.nextBoolean()) {
            rooms.add(room(h, rooms.size() + 1, RoomKind.BALCONY, area(r, 30, 60)));
        }
        if (kind == PremisesKind.HOUSE && r.nextBoolean()) {
            rooms.add(room(h, rooms.size() + 1, RoomKind.STORAGE, area(r, 40, 90)));
        }
        return ImmutablePremises.builder().id(h).address(Places.shanghai(r, Places.shanghaiDistrict(r), 30))
                .kind(kind).use(use).floorArea(floorArea(r, rooms)).owner(owner).rooms(rooms)
                .inResidentialCompound(compound).build();
    }

    /** A one-room studio of 8–9.5 m² habitable area (too small for two persons at 5 m² each). */
    Premises studio(SplittableRandom r, PremisesId h, Party owner) {
        List<Room> rooms = List.of(room(h, 1, RoomKind.BEDROOM, area(r, 80, 95)),
                room(h, 2, RoomKind.KITCHEN, area(r, 30, 50)), room(h, 3, RoomKind.BATHROOM, area(r, 25, 40)));
        return ImmutablePremises.builder().id(h).address(Places.shanghai(r, Places.shanghaiDistrict(r), 20))
                .kind(PremisesKind.APARTMENT).use(PremisesUse.RESIDENTIAL).floorArea(floorArea(r, rooms)).owner(owner)
                .rooms(rooms).inResidentialCompound(true).build();
    }

    /** A flat whose first room is one large bedroom of 24–30 m². */
    Premises bigRoom(SplittableRandom r, PremisesId h, Party owner) {
        List<Room> rooms = List.of(room(h, 1, RoomKind.BEDROOM, area(r, 240, 300)),
                room(h, 2, RoomKind.LIVING_ROOM, area(r, 160, 220)), room(h, 3, RoomKind.KITCHEN, area(r, 50, 80)),
                room(h, 4, RoomKind.BATHROOM, area(r, 30, 50)));
        return ImmutablePremises.builder().id(h).address(Places.shanghai(r, Places.shanghaiDistrict(r), 20))
                .kind(PremisesKind.APARTMENT).use(PremisesUse.RESIDENTIAL).floorArea(floorArea(r, rooms)).owner(owner)
                .rooms(rooms).inResidentialCompound(true).build();
    }

    /** A street shop: a sales floor, a storage room and a washroom; not residential. */
    Premises shop(SplittableRandom r, PremisesId h, Party owner) {
        List<Room> rooms = List.of(room(h, 1, RoomKind.OTHER, area(r, 200, 400)),
                room(h, 2, RoomKind.STORAGE, area(r, 40, 80)), room(h, 3, RoomKind.BATHROOM, area(r, 20, 40)));
        return ImmutablePremises.builder().id(h).address(Places.shanghaiBuilding(r, Places.shanghaiDistrict(r)))
                .kind(PremisesKind.SHOP).use(PremisesUse.NON_RESIDENTIAL).floorArea(floorArea(r, rooms)).owner(owner)
                .rooms(rooms).build();
    }

    static Room room(PremisesId h, int n, RoomKind kind, BigDecimal area) {
        return ImmutableRoom.builder().id(RoomId.of(h.value() + "-" + n)).kind(kind).area(area).build();
    }

    /** An area in m² with one decimal, between two bounds given in tenths of m². */
    static BigDecimal area(SplittableRandom r, int fromTenths, int toTenths) {
        return BigDecimal.valueOf(fromTenths + r.nextInt(toTenths - fromTenths + 1), 1);
    }

    private static BigDecimal floorArea(SplittableRandom r, List<Room> rooms) {
        long tenths = 0;
        for (Room room : rooms) {
            tenths += room.area().orElse(BigDecimal.ZERO).movePointRight(1).longValue();
        }
        return BigDecimal.valueOf(tenths * (112 + r.nextInt(14)) / 100, 1);
    }

    // -----------------------------------------------------------------------------------------
    // Dates and numbers

    /** A day between two days, both included; {@code from} when the range is empty. */
    static LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        return b <= a ? from : LocalDate.ofEpochDay(a + r.nextLong(b - a + 1));
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate clamp(LocalDate d, LocalDate from, LocalDate to) {
        return min(max(d, from), to);
    }

    /** An index drawn with the given weights. */
    static int weighted(SplittableRandom r, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
