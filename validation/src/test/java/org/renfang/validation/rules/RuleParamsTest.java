package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.renfang.model.LeaseId;
import org.renfang.model.RoomKind;

/** The typed parameter builder writes each kind of value as reports have always shown it. */
class RuleParamsTest {

    @Test
    void eachKindOfValueIsWrittenAsInReports() {
        Map<String, String> m = RuleParams.of()
                .and("lease", LeaseId.of("L1"))
                .and("start", LocalDate.of(2026, 3, 1))
                .and("occupants", 12)
                .and("threshold", OptionalInt.of(10))
                .and("kind", RoomKind.KITCHEN)
                .and("to", "open")
                .reason(Reasons.LeaseTerm.START_AFTER_END)
                .map();
        assertThat(m).containsExactly(Map.entry("lease", "L1"), Map.entry("start", "2026-03-01"),
                Map.entry("occupants", "12"), Map.entry("threshold", "10"), Map.entry("kind", "KITCHEN"),
                Map.entry("to", "open"), Map.entry("reason", "START_AFTER_END"));
    }

    @Test
    void absentValuesLeaveTheirKeyOut() {
        Map<String, String> m = RuleParams.of()
                .and("lease", (LeaseId) null)
                .and("start", (LocalDate) null)
                .and("threshold", OptionalInt.empty())
                .and("kind", (RoomKind) null)
                .and("cycle", (String) null)
                .and("present", "P1")
                .map();
        assertThat(m).containsExactly(Map.entry("present", "P1"));
    }

    @Test
    void aKeyAddedTwiceKeepsItsPlaceAndTakesTheLastValue() {
        assertThat(RuleParams.of().and("a", "1").and("b", "2").and("a", "3").map())
                .containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
    }

    @Test
    void theMapIsACopy() {
        RuleParams p = RuleParams.of().and("a", "1");
        Map<String, String> first = p.map();
        first.put("b", "2");
        assertThat(p.map()).containsExactly(Map.entry("a", "1"));
    }

    @Test
    void aKeyIsRequired() {
        assertThatThrownBy(() -> RuleParams.of().and(null, "x")).isInstanceOf(NullPointerException.class);
    }

    /** The reason names are the report format: renaming a constant would change reports. */
    @Test
    void reasonNamesAreTheReportStrings() {
        assertThat(names(Reasons.LeaseTerm.values())).containsExactly("START_AFTER_END");
        assertThat(names(Reasons.LessorNotEntitled.values())).containsExactly("NOT_OWNER", "NOT_PARENT_LESSEE",
                "PARENT_OTHER_PREMISES", "PARENT_NOT_SUBLETTABLE", "PARENT_CYCLE");
        assertThat(names(Reasons.BasisMissing.values())).containsExactly("LEASE_OTHER_PREMISES", "LEASE_NOT_ACTIVE",
                "LEASE_OTHER_ROOM", "NOT_LISTED_ON_LEASE", "OWNER_NOT_RECORDED", "NOT_OWNER",
                "NOT_A_DORMITORY_OF_EMPLOYER", "NO_ACTIVE_EMPLOYMENT", "FAMILY_MEMBER_IS_SELF",
                "FAMILY_MEMBER_NOT_RESIDENT", "FAMILY_MEMBER_CYCLE");
    }

    private static List<String> names(Reason[] reasons) {
        return java.util.Arrays.stream(reasons).map(Reason::name).toList();
    }
}
