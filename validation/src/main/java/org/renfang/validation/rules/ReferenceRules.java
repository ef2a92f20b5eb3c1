package org.renfang.validation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.renfang.model.Basis;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.model.RecordId;
import org.renfang.model.Residence;
import org.renfang.model.Room;
import org.renfang.model.RoomId;
import org.renfang.model.Visit;
import org.renfang.registry.RegistryView;
import org.renfang.validation.finding.RuleCode;

/**
 * REFERENCE_UNKNOWN: every reference a record holds names a record of the view (context ⊕
 * payload in a payload validation, the registry in a whole check).
 *
 * <p>Checked references: premises {@code owner} (person or organization), {@code dormitoryOf}
 * and each room's {@code partitionedFrom} (a room of the same premises); lease {@code premises},
 * {@code rooms} (rooms of that premises), {@code lessor}, {@code lessees}, {@code occupants} and
 * {@code parent}; employment {@code person} and {@code employer}; enrollment {@code person} and
 * {@code school}; residence {@code person}, {@code premises}, {@code room} (a room of those
 * premises) and the basis references {@code lease}, {@code employer} and {@code of}; visit
 * {@code premises} and {@code agency}.
 *
 * <p>One finding per dangling reference value, at the JSON Pointer of that value
 * ({@code /leases/0/lessees/1}, {@code /residences/2/basis/lease},
 * {@code /premises/0/owner/person}). Parameters: {@code field} (the JSON field of the record
 * holding the reference: {@code owner}, {@code lessees}, {@code partitionedFrom}; basis
 * references are qualified, {@code basis.lease}) and {@code ref} ({@code kind:id} of the missing
 * record). Subjects: the carrier, then the premises for room references.
 *
 * <p>Judgements: a room reference is checked only when its premises exist (when they do not,
 * the premises reference is the one finding, not every room as well); whether a referenced
 * organization has the fitting kind (a school for an enrollment) is not this rule's business;
 * the premises hook reports only for premises that are themselves a subject, never for context
 * premises that a payload lease merely touches.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ReferenceRules implements RuleFamily {

    /** Above this many lookups a hash set of the premises' room ids replaces linear scans. */
    private static final int LINEAR_ROOM_LOOKUPS = 256;

    @Override
    public void premises(Premises premises, String path, RuleContext ctx) {
        if (!ctx.isOn(RuleCode.REFERENCE_UNKNOWN) || !ctx.isSubject(premises)) {
            return;
        }
        RecordId carrier = premises.id();
        if (premises.owner().isPresent()) {
            party(premises.owner().get(), path + "/owner", "owner", carrier, ctx);
        }
        if (premises.dormitoryOf().isPresent()) {
            organization(premises.dormitoryOf().get(), path + "/dormitoryOf", "dormitoryOf", carrier, ctx);
        }
        List<Room> rooms = premises.rooms();
        Set<RoomId> ids = null;
        for (int k = 0; k < rooms.size(); k++) {
            Room r = rooms.get(k);
            if (r.partitionedFrom().isEmpty()) {
                continue;
            }
            RoomId from = r.partitionedFrom().get();
            if (ids == null && (long) rooms.size() * rooms.size() > LINEAR_ROOM_LOOKUPS) {
                ids = roomIds(premises);
            }
            boolean found = ids != null ? ids.contains(from) : premises.room(from).isPresent();
            if (!found) {
                report(ctx, path + "/rooms/" + k + "/partitionedFrom", "partitionedFrom", from, carrier, null);
            }
        }
    }

    @Override
    public void lease(Lease lease, String path, RuleContext ctx) {
        if (!ctx.isOn(RuleCode.REFERENCE_UNKNOWN)) {
            return;
        }
        RecordId carrier = lease.id();
        Premises premises = knownPremises(lease.premises(), path, carrier, ctx);
        if (premises != null) {
            List<RoomId> rooms = lease.rooms();
            Set<RoomId> ids = null;
            if ((long) rooms.size() * premises.rooms().size() > LINEAR_ROOM_LOOKUPS) {
                ids = roomIds(premises);
            }
            for (int k = 0; k < rooms.size(); k++) {
                RoomId room = rooms.get(k);
                boolean found = ids != null ? ids.contains(room) : premises.room(room).isPresent();
                if (!found) {
                    report(ctx, path + "/rooms/" + k, "rooms", room, carrier, premises.id());
                }
            }
        }
        party(lease.lessor(), path + "/lessor", "lessor", carrier, ctx);
        lessees(lease.lessees(), path + "/lessees/", carrier, ctx);
        persons(lease.occupants(), path + "/occupants/", "occupants", carrier, ctx);
        if (lease.parent().isPresent()) {
            knownLease(lease.parent().get(), path + "/parent", "parent", carrier, ctx);
        }
    }

    @Override
    public void employment(Employment employment, String path, RuleContext ctx) {
        personAtOrganization(employment.id(), employment.person(), "employer", employment.employer(), path, ctx);
    }

    @Override
    public void enrollment(Enrollment enrollment, String path, RuleContext ctx) {
        personAtOrganization(enrollment.id(), enrollment.person(), "school", enrollment.school(), path, ctx);
    }

    /**
     * Checks the references of an employment or an enrollment: its person at {@code /person}, its
     * organization (the employer, the school) at {@code /<field>}.
     */
    private static void personAtOrganization(RecordId carrier, PersonId person, String field,
            OrganizationId organization, String path, RuleContext ctx) {
        if (!ctx.isOn(RuleCode.REFERENCE_UNKNOWN)) {
            return;
        }
        person(person, path + "/person", "person", carrier, ctx);
        organization(organization, path + "/" + field, field, carrier, ctx);
    }

    @Override
    public void residence(Residence residence, String path, RuleContext ctx) {
        if (!ctx.isOn(RuleCode.REFERENCE_UNKNOWN)) {
            return;
        }
        RecordId carrier = residence.id();
        person(residence.person(), path + "/person", "person", carrier, ctx);
        Premises premises = knownPremises(residence.premises(), path, carrier, ctx);
        if (premises != null && residence.room().isPresent() && premises.room(residence.room().get()).isEmpty()) {
            report(ctx, path + "/room", "room", residence.room().get(), carrier, premises.id());
        }
        Basis basis = residence.basis();
        if (basis.lease().isPresent()) {
            knownLease(basis.lease().get(), path + "/basis/lease", "basis.lease", carrier, ctx);
        }
        if (basis.employer().isPresent()) {
            organization(basis.employer().get(), path + "/basis/employer", "basis.employer", carrier, ctx);
        }
        if (basis.of().isPresent()) {
            person(basis.of().get(), path + "/basis/of", "basis.of", carrier, ctx);
        }
        if (residence.providerConfirmation().isPresent()) {
            party(residence.providerConfirmation().get().by(), path + "/providerConfirmation/by",
                    "providerConfirmation.by", carrier, ctx);
        }
    }

    @Override
    public void visit(Visit visit, String path, RuleContext ctx) {
        if (!ctx.isOn(RuleCode.REFERENCE_UNKNOWN)) {
            return;
        }
        RecordId carrier = visit.id();
        knownPremises(visit.premises(), path, carrier, ctx);
        organization(visit.agency(), path + "/agency", "agency", carrier, ctx);
    }

    // -----------------------------------------------------------------------------------------

    private static void party(Party party, String at, String field, RecordId carrier, RuleContext ctx) {
        if (party.person().isPresent()) {
            person(party.person().get(), at + "/person", field, carrier, ctx);
        } else if (party.organization().isPresent()) {
            organization(party.organization().get(), at + "/organization", field, carrier, ctx);
        }
    }

    /**
     * Checks the lessees: an unknown person at {@code /lessees/k} (the entry, whichever form it was
     * written in), an unknown organization at {@code /lessees/k/organization}.
     */
    private static void lessees(List<Party> lessees, String prefix, RecordId carrier, RuleContext ctx) {
        RegistryView view = ctx.view();
        for (int k = 0; k < lessees.size(); k++) {
            Party party = lessees.get(k);
            if (party.person().isPresent()) {
                if (view.person(party.person().get()).isEmpty()) {
                    report(ctx, prefix + k, "lessees", party.person().get(), carrier, null);
                }
            } else {
                organization(party.organization().get(), prefix + k + "/organization", "lessees", carrier, ctx);
            }
        }
    }

    private static void persons(List<PersonId> ids, String prefix, String field, RecordId carrier, RuleContext ctx) {
        RegistryView view = ctx.view();
        for (int k = 0; k < ids.size(); k++) {
            PersonId id = ids.get(k);
            if (view.person(id).isEmpty()) {
                report(ctx, prefix + k, field, id, carrier, null);
            }
        }
    }

    private static void person(PersonId id, String at, String field, RecordId carrier, RuleContext ctx) {
        if (ctx.view().person(id).isEmpty()) {
            report(ctx, at, field, id, carrier, null);
        }
    }

    private static void organization(OrganizationId id, String at, String field, RecordId carrier, RuleContext ctx) {
        if (ctx.view().organization(id).isEmpty()) {
            report(ctx, at, field, id, carrier, null);
        }
    }

    private static void knownLease(LeaseId id, String at, String field, RecordId carrier, RuleContext ctx) {
        if (ctx.view().lease(id).isEmpty()) {
            report(ctx, at, field, id, carrier, null);
        }
    }

    /**
     * Checks the {@code premises} reference of the record at {@code path}.
     *
     * @return the premises, or null when the view has none with the id (reported)
     */
    private static Premises knownPremises(PremisesId id, String path, RecordId carrier, RuleContext ctx) {
        Premises premises = ctx.view().premises(id).orElse(null);
        if (premises == null) {
            report(ctx, path + "/premises", "premises", id, carrier, null);
        }
        return premises;
    }

    private static Set<RoomId> roomIds(Premises premises) {
        List<Room> rooms = premises.rooms();
        Set<RoomId> ids = new HashSet<>(rooms.size() * 4 / 3 + 1);
        for (int i = 0; i < rooms.size(); i++) {
            ids.add(rooms.get(i).id());
        }
        return ids;
    }

    /** Reports a dangling reference of {@code carrier}; {@code premises} is named for room references, else null. */
    private static void report(RuleContext ctx, String at, String field, RecordId ref, RecordId carrier,
            RecordId premises) {
        List<String> subjects = premises == null ? List.of(carrier.subject())
                : List.of(carrier.subject(), premises.subject());
        ctx.report(RuleCode.REFERENCE_UNKNOWN, at, subjects, RuleParams.of().and("field", field)
                .and("ref", ref.subject()).map());
    }
}
