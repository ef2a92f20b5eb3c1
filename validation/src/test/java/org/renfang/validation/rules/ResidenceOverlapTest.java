package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.rules.ResidenceTesting.assertOpenOverlapOfFirst;
import static org.renfang.validation.rules.ResidenceTesting.base;
import static org.renfang.validation.rules.ResidenceTesting.findings;
import static org.renfang.validation.rules.ResidenceTesting.none;
import static org.renfang.validation.rules.ResidenceTesting.single;

import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.Residence;
import org.renfang.validation.Report;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;

/**
 * RESIDENCE_OVERLAP in a whole-registry check (payload scope: {@link ResidencePayloadTest}).
 */
class ResidenceOverlapTest {

    private static ImmutableResidence.Builder at(String id, String person, String premises, String movedIn) {
        return residence(id, person, premises, Basis.other(), movedIn);
    }

    private static Report checkWith(Residence... residences) {
        return check("CN", base().addResidences(residences).build());
    }

    @Test
    void twoOpenResidences_reportsOverlapOnceOnLaterOne() {
        Report report = checkWith(at("R2", "P1", "H2", "2026-05-01").build(), at("R1", "P1", "H1", "2026-03-01").build());
        assertOpenOverlapOfFirst(report, "R2", "R1", "2026-05-01");
    }

    @Test
    void earlierMovedOut_givesLastCommonDay() {
        Report report = checkWith(at("R1", "P1", "H1", "2026-03-01").movedOut(d("2026-06-01")).build(),
                at("R2", "P1", "H2", "2026-05-01").build());
        Finding f = single(report, RuleCode.RESIDENCE_OVERLAP);
        assertThat(f.path()).isEqualTo("/residences/1");
        assertThat(f.params()).containsEntry("from", "2026-05-01").containsEntry("to", "2026-05-31");
    }

    @Test
    void bothMovedOut_toIsDayBeforeEarlierMoveOut() {
        Report report = checkWith(at("R1", "P1", "H1", "2026-03-01").movedOut(d("2026-09-01")).build(),
                at("R2", "P1", "H2", "2026-05-01").movedOut(d("2026-07-01")).build());
        assertThat(single(report, RuleCode.RESIDENCE_OVERLAP).params()).containsEntry("from", "2026-05-01")
                .containsEntry("to", "2026-06-30");
    }

    @Test
    void moveOutOnOthersMoveInDay_noOverlap() {
        none(checkWith(at("R1", "P1", "H1", "2026-03-01").movedOut(d("2026-05-01")).build(),
                at("R2", "P1", "H2", "2026-05-01").build()), RuleCode.RESIDENCE_OVERLAP);
    }

    @Test
    void moveOutDayAfterOthersMoveIn_overlapsOneDay() {
        Report report = checkWith(at("R1", "P1", "H1", "2026-03-01").movedOut(d("2026-05-02")).build(),
                at("R2", "P1", "H2", "2026-05-01").build());
        assertThat(single(report, RuleCode.RESIDENCE_OVERLAP).params()).containsEntry("from", "2026-05-01")
                .containsEntry("to", "2026-05-01");
    }

    @Test
    void sameMoveInDay_carriedByHigherId() {
        Report report = checkWith(at("R10", "P1", "H1", "2026-03-01").build(), at("R9", "P1", "H2", "2026-03-01").build());
        Finding f = single(report, RuleCode.RESIDENCE_OVERLAP);
        assertThat(f.subjects()).containsExactly("residence:R10", "residence:R9");
        assertThat(f.path()).isEqualTo("/residences/0");
    }

    @Test
    void threeOverlapping_reportsEachPairOnce() {
        Report report = checkWith(at("R1", "P1", "H1", "2026-03-01").build(), at("R2", "P1", "H2", "2026-04-01").build(),
                at("R3", "P1", "H1", "2026-05-01").build());
        assertThat(findings(report, RuleCode.RESIDENCE_OVERLAP)).extracting(Finding::subjects).containsExactlyInAnyOrder(
                java.util.List.of("residence:R2", "residence:R1"), java.util.List.of("residence:R3", "residence:R1"),
                java.util.List.of("residence:R3", "residence:R2"));
    }

    @Test
    void hotelStayOnEitherSide_noOverlap() {
        Residence hotel = residence("R2", "P1", "H2", Basis.hotelStay(), "2026-05-01").registeredOn(d("2026-05-01"))
                .movedOut(d("2026-05-03")).build();
        none(checkWith(at("R1", "P1", "H1", "2026-03-01").build(), hotel), RuleCode.RESIDENCE_OVERLAP);
        Residence laterHotel = residence("R0", "P1", "H2", Basis.hotelStay(), "2026-01-01")
                .registeredOn(d("2026-01-01")).build();
        none(checkWith(at("R1", "P1", "H1", "2026-03-01").build(), laterHotel), RuleCode.RESIDENCE_OVERLAP);
    }

    @Test
    void differentPersons_noOverlap() {
        none(checkWith(at("R1", "P1", "H1", "2026-03-01").build(), at("R2", "P2", "H1", "2026-03-01").build()),
                RuleCode.RESIDENCE_OVERLAP);
    }

    @Test
    void emptyInterval_neverOverlaps() {
        // moved out on the move-in day: covers no day at all
        none(checkWith(at("R1", "P1", "H1", "2026-03-01").build(),
                at("R2", "P1", "H2", "2026-05-01").movedOut(d("2026-05-01")).build()), RuleCode.RESIDENCE_OVERLAP);
    }
}
