package org.renfang.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.renfang.model.Lease;
import org.renfang.model.OrganizationId;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.model.RoomId;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.Role;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Parameter;

/**
 * Premises rules: DORMITORY_IN_RESIDENTIAL_COMPOUND and GROUP_RENTAL_REGISTER.
 *
 * <ul>
 * <li>DORMITORY_IN_RESIDENTIAL_COMPOUND (on where {@code dormitoryInResidentialCompoundAllowed}
 *     is false: CN-31, 上海市居住房屋租赁管理办法): premises with {@code dormitoryOf} that lie
 *     {@code inResidentialCompound}. Params {@code premises}, {@code employer}; subjects the
 *     premises, then the employer; addressed to the employer. In a payload validation only when the premises record is in
 *     the payload: a new residence in an old dormitory does not make the dormitory new.</li>
 * <li>GROUP_RENTAL_REGISTER (on where {@code groupRentalRooms} or {@code groupRentalOccupants}
 *     is set: CN-31 10 rooms / 15 occupants): on the as-of day, the premises have at least
 *     {@code groupRentalRooms} distinct rooms let by leases covering that day, or at least
 *     {@code groupRentalOccupants} occupants: distinct persons with a residence there covering
 *     that day, hotel stays excluded. Params {@code premises}, {@code rooms}, {@code occupants},
 *     {@code roomsThreshold}, {@code occupantsThreshold} (a threshold the profile does not set is
 *     left out); subjects the premises. In a payload validation only when the premises, or a
 *     lease or residence that was counted, is in the payload. Premises whose landlord keeps the
 *     register ({@code rentalRegister} with {@code keptSince} on or before the as-of day) are not
 *     reported. Addressed to the lessor of the counted room leases (the role alone when they name
 *     different lessors), else to the housing provider of the occupants.</li>
 * </ul>
 *
 * <p>Judgements (GROUP_RENTAL_REGISTER): the landlord's register duty is about letting rooms
 * one by one, so a lease of the whole premises (no rooms named) lets no single room and adds
 * nothing to the room count (its lessee's room-by-room subleases do count, and the persons
 * living there count as occupants either way); only room ids that exist in the premises count,
 * a partitioned room counting as a room of its own (that is how group rentals arise); a person
 * counts once even with two overlapping residences there (which RESIDENCE_OVERLAP reports);
 * family members count like anyone else, since the register lists everyone living there. The
 * rule looks at the as-of day only: the duty is a present one.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PremisesRules implements RuleFamily {

    @Override
    public void premises(Premises premises, String path, RuleContext ctx) {
        dormitory(premises, path, ctx);
        groupRental(premises, path, ctx);
    }

    private static void dormitory(Premises premises, String path, RuleContext ctx) {
        if (premises.dormitoryOf().isEmpty() || !premises.inResidentialCompound()
                || !ctx.isOn(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND) || !ctx.isSubject(premises)) {
            return;
        }
        OrganizationId employer = premises.dormitoryOf().get();
        ctx.report(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND, path,
                List.of(premises.id().subject(), employer.subject()),
                RuleParams.of().and("premises", premises.id().value()).and("employer", employer.value()).map(),
                Responsible.of(Role.EMPLOYER, employer));
    }

    private static void groupRental(Premises premises, String path, RuleContext ctx) {
        if (!ctx.isOn(RuleCode.GROUP_RENTAL_REGISTER)) {
            return;
        }
        LocalDate day = ctx.asOf();
        if (premises.rentalRegister().isPresent() && !premises.rentalRegister().get().keptSince().isAfter(day)) {
            return;
        }
        OptionalInt roomsThreshold = ctx.profile().count(Parameter.GROUP_RENTAL_ROOMS);
        OptionalInt occupantsThreshold = ctx.profile().count(Parameter.GROUP_RENTAL_OCCUPANTS);
        List<Lease> leases = ctx.view().leasesOf(premises.id());
        List<Residence> residences = ctx.view().residencesAt(premises.id());
        // Distinct let rooms cannot exceed the premises' rooms, occupants cannot exceed residences.
        boolean roomsReachable = roomsThreshold.isPresent() && premises.rooms().size() >= roomsThreshold.getAsInt();
        boolean occupantsReachable = occupantsThreshold.isPresent()
                && residences.size() >= occupantsThreshold.getAsInt();
        if (!roomsReachable && !occupantsReachable) {
            return;
        }
        boolean involvesSubject = ctx.isSubject(premises);
        List<Lease> counting = new ArrayList<>();

        Set<RoomId> letRooms = new HashSet<>();
        Set<RoomId> roomIds = null;
        for (int i = 0; i < leases.size(); i++) {
            Lease l = leases.get(i);
            if (l.rooms().isEmpty() || !l.covers(day)) {
                continue;
            }
            if (roomIds == null) {
                roomIds = new HashSet<>();
                for (int k = 0; k < premises.rooms().size(); k++) {
                    roomIds.add(premises.rooms().get(k).id());
                }
            }
            boolean counted = false;
            for (RoomId r : l.rooms()) {
                if (roomIds.contains(r)) {
                    letRooms.add(r);
                    counted = true;
                }
            }
            if (counted) {
                counting.add(l);
                if (!involvesSubject && ctx.isSubject(l)) {
                    involvesSubject = true;
                }
            }
        }

        Set<PersonId> occupants = new HashSet<>();
        List<Residence> living = new ArrayList<>();
        for (int i = 0; i < residences.size(); i++) {
            Residence r = residences.get(i);
            if (r.isHotelStay() || !r.covers(day)) {
                continue;
            }
            occupants.add(r.person());
            living.add(r);
            if (!involvesSubject && ctx.isSubject(r)) {
                involvesSubject = true;
            }
        }

        int rooms = letRooms.size();
        int persons = occupants.size();
        boolean byRooms = roomsThreshold.isPresent() && rooms >= roomsThreshold.getAsInt();
        boolean byOccupants = occupantsThreshold.isPresent() && persons >= occupantsThreshold.getAsInt();
        if ((byRooms || byOccupants) && involvesSubject) {
            ctx.report(RuleCode.GROUP_RENTAL_REGISTER, path, List.of(premises.id().subject()),
                    RuleParams.of().and("premises", premises.id().value()).and("rooms", rooms).and("occupants", persons)
                            .and("roomsThreshold", roomsThreshold).and("occupantsThreshold", occupantsThreshold).map(),
                    !counting.isEmpty() ? Duties.lessorOf(counting)
                            : !living.isEmpty() ? Duties.providerOf(living, premises, ctx) : Responsible.of(Role.LESSOR));
        }
    }
}
