package org.renfang.validation.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renfang.model.Lease;
import org.renfang.model.Premises;
import org.renfang.model.RecordId;
import org.renfang.model.Residence;
import org.renfang.model.Room;
import org.renfang.model.RoomId;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.RuleCode;

/**
 * Rules on the rooms a lease lets or a residence names.
 *
 * <ul>
 * <li>{@code ROOM_NOT_HABITABLE}: the room is a kitchen, bathroom, balcony, storage room or
 *     basement ({@link Room#isHabitableKind()}).
 * <li>{@code ROOM_PARTITIONED}: the room was partitioned (隔断) from an original room.
 * </ul>
 *
 * <p>Each is reported once per offending room, at the lease or residence that names it, with
 * the params {@code record} ({@code lease:L1} or {@code residence:R1}), {@code room} and
 * {@code kind} or {@code partitionedFrom}. A room that is both is reported under both rules.
 * Judgements: a room id the premises do not list, or premises that cannot be found, are left to
 * {@code REFERENCE_UNKNOWN}; room kind and partition carry no date, and a room record is the
 * room as built, so the rules apply to past leases and residences as well as current ones;
 * hotel stays are not exempt (a basement hotel room is still a basement).
 *
 * <p>A finding at a lease is addressed to its lessor; at a residence to its housing provider
 * ({@link Duties#provider}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class RoomRules implements RuleFamily {
    /** Premises with more rooms than this are searched through a map. */
    private static final int SMALL = 16;

    @Override
    public void lease(Lease lease, String path, RuleContext ctx) {
        List<RoomId> ids = lease.rooms();
        if (ids.isEmpty() || !isOn(ctx)) {
            return;
        }
        Premises premises = ctx.view().premises(lease.premises()).orElse(null);
        if (premises == null || premises.rooms().isEmpty()) {
            return;
        }
        Map<RoomId, Room> byId = premises.rooms().size() > SMALL && ids.size() > 1 ? index(premises) : null;
        Set<RoomId> seen = ids.size() > 1 ? new HashSet<>() : null;
        for (int i = 0, n = ids.size(); i < n; i++) {
            RoomId id = ids.get(i);
            if (seen != null && !seen.add(id)) {
                continue;
            }
            Room room = byId != null ? byId.get(id) : premises.room(id).orElse(null);
            if (room != null) {
                check(room, lease.id(), premises, path, ctx, Duties.lessor(lease));
            }
        }
    }

    @Override
    public void residence(Residence residence, String path, RuleContext ctx) {
        if (residence.room().isEmpty() || !isOn(ctx)) {
            return;
        }
        Premises premises = ctx.view().premises(residence.premises()).orElse(null);
        if (premises == null) {
            return;
        }
        Room room = premises.room(residence.room().get()).orElse(null);
        if (room != null) {
            check(room, residence.id(), premises, path, ctx, Duties.provider(residence, premises, ctx));
        }
    }

    private static boolean isOn(RuleContext ctx) {
        return ctx.isOn(RuleCode.ROOM_NOT_HABITABLE) || ctx.isOn(RuleCode.ROOM_PARTITIONED);
    }

    private static Map<RoomId, Room> index(Premises premises) {
        List<Room> rooms = premises.rooms();
        Map<RoomId, Room> map = new HashMap<>(rooms.size() * 2);
        for (int i = 0, n = rooms.size(); i < n; i++) {
            map.putIfAbsent(rooms.get(i).id(), rooms.get(i));
        }
        return map;
    }

    private static void check(Room room, RecordId record, Premises premises, String path, RuleContext ctx,
            Responsible responsible) {
        if (!room.isHabitableKind()) {
            ctx.report(RuleCode.ROOM_NOT_HABITABLE, path, List.of(record.subject(), premises.id().subject()),
                    RuleParams.of().and("record", record.subject()).and("room", room.id()).and("kind", room.kind())
                            .map(),
                    responsible);
        }
        if (room.partitionedFrom().isPresent()) {
            ctx.report(RuleCode.ROOM_PARTITIONED, path, List.of(record.subject(), premises.id().subject()),
                    RuleParams.of().and("record", record.subject()).and("room", room.id())
                            .and("partitionedFrom", room.partitionedFrom().get()).map(), responsible);
        }
    }
}
