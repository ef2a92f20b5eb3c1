package org.renfang.validation.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.renfang.model.PersonId;

/** The vocabulary's records keep the checks and copies their constructors always made. */
class ResultRecordsTest {

    private static final LegalBasis BASIS = LegalBasis.of("《租赁管理办法》第十条", "Leasing Measures, art. 10");

    @Test
    void aFindingIsAValue() {
        Finding a = new Finding(RuleCode.LEASE_FILING_LATE, Severity.WARNING, "/leases/0", List.of("lease:L1"),
                Map.of("lease", "L1"), Responsible.of(Role.LESSOR, PersonId.of("P5")), BASIS);
        Finding b = new Finding(RuleCode.LEASE_FILING_LATE, Severity.WARNING, "/leases/0", List.of("lease:L1"),
                Map.of("lease", "L1"), Responsible.of(Role.LESSOR, PersonId.of("P5")), Optional.of(BASIS));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Finding(RuleCode.LEASE_FILING_LATE, Severity.WARNING, "/leases/0",
                List.of("lease:L1"), Map.of("lease", "L1"), Responsible.of(Role.LESSOR, PersonId.of("P5")),
                (LegalBasis) null));
    }

    @Test
    void aFindingCopiesItsListsAndKeepsTheParameterOrder() {
        List<String> subjects = new ArrayList<>(List.of("lease:L1"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("lease", "L1");
        params.put("deadline", "2026-03-01");
        params.put("filedOn", "none");
        Finding f = new Finding(RuleCode.LEASE_FILING_LATE, Severity.WARNING, "/leases/0", subjects, params);
        subjects.add("premises:H1");
        params.put("extra", "x");
        assertThat(f.subjects()).containsExactly("lease:L1");
        assertThat(f.params().keySet()).containsExactly("lease", "deadline", "filedOn");
        assertThatThrownBy(() -> f.params().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlyComplianceFindingsKeepALegalBasis() {
        assertThat(RuleCode.LEASE_OVERLAP.category()).isEqualTo(Category.DATA);
        Finding data = new Finding(RuleCode.LEASE_OVERLAP, Severity.ERROR, "/leases/0", List.of(), Map.of(),
                Responsible.of(Role.RECORDER), Optional.of(BASIS));
        assertThat(data.legalBasis()).isEmpty();
        Finding compliance = new Finding(RuleCode.LEASE_FILING_LATE, Severity.WARNING, "/leases/0", List.of(), Map.of(),
                Responsible.of(Role.LESSOR), Optional.of(BASIS));
        assertThat(compliance.legalBasis()).contains(BASIS);
        assertThatThrownBy(() -> new Finding(RuleCode.LEASE_FILING_LATE, Severity.WARNING, "/leases/0", List.of(),
                Map.of(), Responsible.of(Role.LESSOR), (Optional<LegalBasis>) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aLegalBasisIsCheckedWhicheverWayItIsMade() {
        assertThatThrownBy(() -> new LegalBasis(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalBasis("x", "y".repeat(LegalBasis.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new LegalBasis("甲", "A")).isEqualTo(LegalBasis.of("甲", "A"));
        assertThat(LegalBasis.of("甲", "A")).hasToString("A");
    }

    @Test
    void aResponsiblePartyIsAPersonOrAnOrganization() {
        assertThat(new Responsible(Role.LESSOR, Optional.of("person:P5"))).isEqualTo(Responsible.parse("LESSOR:person:P5"))
                .hasToString("LESSOR:person:P5");
        assertThat(new Responsible(Role.EMPLOYER, Optional.of("organization:O2")).party()).contains("organization:O2");
        assertThat(Responsible.of(Role.RESIDENT)).hasToString("RESIDENT").isEqualTo(new Responsible(Role.RESIDENT,
                Optional.empty()));
        assertThatThrownBy(() -> new Responsible(Role.LESSOR, Optional.of("P5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Responsible(Role.LESSOR, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Responsible(null, Optional.empty())).isInstanceOf(NullPointerException.class);
    }
}
