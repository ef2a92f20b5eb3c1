package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.assertFinding;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.rules.ResidenceTesting.ON_L1;
import static org.renfang.validation.rules.ResidenceTesting.base;
import static org.renfang.validation.rules.ResidenceTesting.holidays;
import static org.renfang.validation.rules.ResidenceTesting.none;
import static org.renfang.validation.rules.ResidenceTesting.single;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.Residence;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.HolidayCalendar;
import org.renfang.validation.profile.Profile;

/**
 * The deadline rules: RESIDENCE_REGISTRATION_LATE, FOREIGNER_REGISTRATION_LATE,
 * HOTEL_REGISTRATION_LATE and RESIDENCE_DEREGISTRATION_LATE, with their boundary days under CN
 * (3 days), CN-4403 (7 days) and DE (14 days), and holiday calendars.
 */
class ResidenceDeadlinesTest {

    private static Report check(String profile, HolidayCalendar holidays, Residence... residences) {
        return ResidenceTesting.check(profile, base().addResidences(residences).build(), AS_OF, holidays);
    }

    private static Report check(String profile, Residence... residences) {
        return check(profile, HolidayCalendar.NONE, residences);
    }

    private static Report checkAsOf(String profile, LocalDate asOf, Residence... residences) {
        return ResidenceTesting.check(profile, base().addResidences(residences).build(), asOf, HolidayCalendar.NONE);
    }

    /** P1 (national) on lease L1, moved in 2026-03-01, registered on a day. */
    private static Residence national(String registeredOn) {
        return residence("R1", "P1", "H1", ON_L1, "2026-03-01").registeredOn(d(registeredOn)).build();
    }

    /** F1 (foreigner) on lease L1, moved in 2026-03-01, registered on a day. */
    private static Residence foreign(String registeredOn) {
        return residence("R1", "F1", "H1", ON_L1, "2026-03-01").registeredOn(d(registeredOn)).build();
    }

    /** A hotel stay of a person from 2026-03-01 to 2026-03-03, registered on a day. */
    private static Residence hotel(String person, String registeredOn) {
        return residence("R1", person, "H2", Basis.hotelStay(), "2026-03-01").movedOut(d("2026-03-03"))
                .registeredOn(d(registeredOn)).build();
    }

    private static void assertLate(Report report, RuleCode rule, String deadline, String registeredOn) {
        Finding f = single(report, rule);
        assertFinding(f, "/residences/0", List.of("residence:R1"), "residence", "R1", "deadline", deadline,
                "registeredOn", registeredOn);
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class ResidenceRegistration {

        @ParameterizedTest(name = "{0}: {1} on time, {2} late")
        @CsvSource({"CN, 2026-03-04, 2026-03-05", "CN-31, 2026-03-04, 2026-03-05", "CN-4403, 2026-03-08, 2026-03-09",
                "DE, 2026-03-15, 2026-03-16"})
        void deadlineDayPasses_dayAfterFails(String profile, String deadline, String dayAfter) {
            none(check(profile, national(deadline)), RuleCode.RESIDENCE_REGISTRATION_LATE);
            assertLate(check(profile, national(dayAfter)), RuleCode.RESIDENCE_REGISTRATION_LATE, deadline, dayAfter);
        }

        @Test
        void registeredBeforeMoveIn_noFinding() {
            none(check("CN", national("2026-02-20")), RuleCode.RESIDENCE_REGISTRATION_LATE);
        }

        @ParameterizedTest(name = "{0}: deadline {1} is a holiday, {2} on time, {3} late")
        @CsvSource({"CN, 2026-03-04, 2026-03-05, 2026-03-06", "CN-4403, 2026-03-08, 2026-03-09, 2026-03-10",
                "DE, 2026-03-15, 2026-03-16, 2026-03-17"})
        void deadlineOnHoliday_movesToNextWorkingDay(String profile, String holiday, String moved, String late) {
            HolidayCalendar cal = holidays(holiday);
            none(check(profile, cal, national(moved)), RuleCode.RESIDENCE_REGISTRATION_LATE);
            assertLate(check(profile, cal, national(late)), RuleCode.RESIDENCE_REGISTRATION_LATE, moved, late);
        }

        @Test
        void consecutiveHolidays_moveDeadlinePastAll() {
            HolidayCalendar cal = holidays("2026-03-04", "2026-03-05", "2026-03-06");
            none(check("CN", cal, national("2026-03-07")), RuleCode.RESIDENCE_REGISTRATION_LATE);
            assertLate(check("CN", cal, national("2026-03-08")), RuleCode.RESIDENCE_REGISTRATION_LATE, "2026-03-07",
                    "2026-03-08");
        }

        @Test
        void holidayBeforeDeadline_doesNotMoveIt() {
            HolidayCalendar cal = holidays("2026-03-02", "2026-03-03");
            assertLate(check("CN", cal, national("2026-03-05")), RuleCode.RESIDENCE_REGISTRATION_LATE, "2026-03-04",
                    "2026-03-05");
        }

        @Test
        void personMissingFromRecords_isTreatedAsNational() {
            Residence r = residence("R1", "P404", "H1", Basis.other(), "2026-03-01").registeredOn(d("2026-03-05"))
                    .build();
            Report report = check("CN", r);
            assertLate(report, RuleCode.RESIDENCE_REGISTRATION_LATE, "2026-03-04", "2026-03-05");
            none(report, RuleCode.FOREIGNER_REGISTRATION_LATE);
        }

        @Test
        void nationalWithoutNationalityButResidentId_isNational() {
            Report report = ResidenceTesting.check("CN", base()
                    .addPersons(org.renfang.validation.Fixtures.person("P3", org.renfang.validation.Fixtures.RESIDENT_ID)
                            .nationality(java.util.Optional.empty()).build())
                    .addResidences(residence("R1", "P3", "H2", Basis.other(), "2026-03-01")
                            .registeredOn(d("2026-03-05")).build())
                    .build(), AS_OF, HolidayCalendar.NONE);
            single(report, RuleCode.RESIDENCE_REGISTRATION_LATE);
            none(report, RuleCode.FOREIGNER_REGISTRATION_LATE);
        }

        @Test
        void foreigner_getsForeignerRuleInstead() {
            Report report = check("CN", foreign("2026-03-20"));
            none(report, RuleCode.RESIDENCE_REGISTRATION_LATE);
            single(report, RuleCode.FOREIGNER_REGISTRATION_LATE);
        }

        @Test
        void foreignerRuleSwitchedOff_foreignerIsNotCheckedByGeneralRule() {
            Profile noForeigner = ResidenceTesting.profile(
                    "{\"code\": \"X-1\", \"parent\": \"CN\", \"severities\": {\"FOREIGNER_REGISTRATION_LATE\": \"OFF\"}}");
            Report report = Validator.of(noForeigner).check(Registry.of(base().addResidences(foreign("2026-03-20"))
                    .build()), AS_OF);
            none(report, RuleCode.RESIDENCE_REGISTRATION_LATE);
            none(report, RuleCode.FOREIGNER_REGISTRATION_LATE);
        }

        @Test
        void hotelStay_isNotResidenceRegistration() {
            Report report = check("CN", hotel("P1", "2026-03-01"));
            none(report, RuleCode.RESIDENCE_REGISTRATION_LATE);
        }

        @Test
        void severity_isWarning() {
            assertThat(single(check("CN", national("2026-03-05")), RuleCode.RESIDENCE_REGISTRATION_LATE).severity())
                    .isEqualTo(Severity.WARNING);
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class ForeignerRegistration {

        @ParameterizedTest(name = "{0}: {1} on time, {2} late")
        @CsvSource({"CN, 2026-03-02, 2026-03-03", "CN-31, 2026-03-02, 2026-03-03", "CN-4403, 2026-03-02, 2026-03-03",
                "CN-11, 2026-03-02, 2026-03-03"})
        void deadlineDayPasses_dayAfterFails(String profile, String deadline, String dayAfter) {
            none(check(profile, foreign(deadline)), RuleCode.FOREIGNER_REGISTRATION_LATE);
            assertLate(check(profile, foreign(dayAfter)), RuleCode.FOREIGNER_REGISTRATION_LATE, deadline, dayAfter);
        }

        /**
         * Germany has no foreigner rule: everyone registers within 14 days (BMG §17). Under DE the
         * German F1 and the Chinese P1 alike get RESIDENCE_REGISTRATION_LATE, never the foreigner
         * rule.
         */
        @ParameterizedTest(name = "DE: {0} on time on 03-15, late on 03-16, never as a foreigner")
        @ValueSource(strings = {"F1", "P1"})
        void germany_everyoneUnderTheGeneralRule(String person) {
            Residence onTime = residence("R1", person, "H1", ON_L1, "2026-03-01").registeredOn(d("2026-03-15")).build();
            Residence late = residence("R1", person, "H1", ON_L1, "2026-03-01").registeredOn(d("2026-03-16")).build();
            none(check("DE", onTime), RuleCode.RESIDENCE_REGISTRATION_LATE);
            Report report = check("DE", late);
            assertLate(report, RuleCode.RESIDENCE_REGISTRATION_LATE, "2026-03-15", "2026-03-16");
            none(report, RuleCode.FOREIGNER_REGISTRATION_LATE);
        }

        @Test
        void hourDeadline_doesNotMoveForHolidays() {
            HolidayCalendar cal = holidays("2026-03-02");
            assertLate(check("CN", cal, foreign("2026-03-03")), RuleCode.FOREIGNER_REGISTRATION_LATE, "2026-03-02",
                    "2026-03-03");
        }

        @Test
        void national_isNotCheckedByForeignerRule() {
            Report report = check("CN", national("2026-03-04"));
            none(report, RuleCode.FOREIGNER_REGISTRATION_LATE);
            none(report, RuleCode.RESIDENCE_REGISTRATION_LATE);
        }

        @Test
        void foreignerInHotel_isHotelRuleOnly() {
            Report report = check("CN", hotel("F1", "2026-03-02"));
            none(report, RuleCode.FOREIGNER_REGISTRATION_LATE);
            single(report, RuleCode.HOTEL_REGISTRATION_LATE);
        }

        @Test
        void severity_isError() {
            assertThat(single(check("CN", foreign("2026-03-03")), RuleCode.FOREIGNER_REGISTRATION_LATE).severity())
                    .isEqualTo(Severity.ERROR);
        }

        @Test
        void hoursRoundUpToWholeDays() {
            assertThat(ResidenceRules.hoursToDays(0)).isZero();
            assertThat(ResidenceRules.hoursToDays(1)).isEqualTo(1);
            assertThat(ResidenceRules.hoursToDays(24)).isEqualTo(1);
            assertThat(ResidenceRules.hoursToDays(25)).isEqualTo(2);
            assertThat(ResidenceRules.hoursToDays(336)).isEqualTo(14);
            assertThat(ResidenceRules.hoursToDays(87600)).isEqualTo(3650);
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class HotelRegistration {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"CN", "CN-11", "CN-31", "CN-4403"})
        void zeroHours_checkInDayPasses_nextDayFails(String profile) {
            none(check(profile, hotel("P1", "2026-03-01")), RuleCode.HOTEL_REGISTRATION_LATE);
            assertLate(check(profile, hotel("P1", "2026-03-02")), RuleCode.HOTEL_REGISTRATION_LATE, "2026-03-01",
                    "2026-03-02");
        }

        /** Under DE, P1 (nationality CHN) is the foreign guest and F1 (DEU) the German one. */
        @Test
        void germany_foreignGuest_checkInDayPasses_nextDayFails() {
            none(check("DE", hotel("P1", "2026-03-01")), RuleCode.HOTEL_REGISTRATION_LATE);
            assertLate(check("DE", hotel("P1", "2026-03-02")), RuleCode.HOTEL_REGISTRATION_LATE, "2026-03-01",
                    "2026-03-02");
        }

        @Test
        void germany_germanGuest_isNotChecked() {
            none(check("DE", hotel("F1", "2026-03-05")), RuleCode.HOTEL_REGISTRATION_LATE);
        }

        @Test
        void china_everyGuestIsChecked_theGermanOneToo() {
            single(check("CN", hotel("F1", "2026-03-02")), RuleCode.HOTEL_REGISTRATION_LATE);
            single(check("CN", hotel("P1", "2026-03-02")), RuleCode.HOTEL_REGISTRATION_LATE);
        }

        @Test
        void germany_guestMissingFromRecords_isTreatedAsNational() {
            none(check("DE", hotel("P404", "2026-03-05")), RuleCode.HOTEL_REGISTRATION_LATE);
        }

        @Test
        void toleranceOfHours_roundsUpToNextDay() {
            Profile tolerant = ResidenceTesting.profile(
                    "{\"code\": \"X-2\", \"parent\": \"CN\", \"parameters\": {\"hotelRegistrationToleranceHours\": 25}}");
            Validator v = Validator.of(tolerant);
            none(v.check(Registry.of(base().addResidences(hotel("P1", "2026-03-03")).build()), AS_OF),
                    RuleCode.HOTEL_REGISTRATION_LATE);
            assertLate(v.check(Registry.of(base().addResidences(hotel("P1", "2026-03-04")).build()), AS_OF),
                    RuleCode.HOTEL_REGISTRATION_LATE, "2026-03-03", "2026-03-04");
        }

        @Test
        void hourTolerance_doesNotMoveForHolidays() {
            assertLate(check("CN", holidays("2026-03-01"), hotel("P1", "2026-03-02")), RuleCode.HOTEL_REGISTRATION_LATE,
                    "2026-03-01", "2026-03-02");
        }

        @Test
        void hotelStay_isNotDeregistrationChecked() {
            Residence neverDeregistered = hotel("P1", "2026-03-01");
            none(check("CN", neverDeregistered), RuleCode.RESIDENCE_DEREGISTRATION_LATE);
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class Deregistration {

        private Residence movedOut(String person, String deregisteredOn) {
            ImmutableResidence.Builder b = residence("R1", person, "H1", ON_L1, "2026-03-01").movedOut(d("2026-06-01"));
            if (deregisteredOn != null) {
                b.deregisteredOn(d(deregisteredOn));
            }
            return b.build();
        }

        private void assertDeregLate(Report report, String deadline, String deregisteredOn) {
            Finding f = single(report, RuleCode.RESIDENCE_DEREGISTRATION_LATE);
            assertFinding(f, "/residences/0", List.of("residence:R1"), "residence", "R1", "deadline", deadline,
                    "deregisteredOn", deregisteredOn);
        }

        @ParameterizedTest(name = "{0}: {1} on time, {2} late")
        @CsvSource({"CN, 2026-06-04, 2026-06-05", "CN-11, 2026-06-04, 2026-06-05", "CN-4403, 2026-06-08, 2026-06-09",
                "DE, 2026-06-15, 2026-06-16"})
        void deadlineDayPasses_dayAfterFails(String profile, String deadline, String dayAfter) {
            none(check(profile, movedOut("P1", deadline)), RuleCode.RESIDENCE_DEREGISTRATION_LATE);
            assertDeregLate(check(profile, movedOut("P1", dayAfter)), deadline, dayAfter);
        }

        @ParameterizedTest(name = "{0}: not deregistered, as of {1} passes, {2} fails")
        @CsvSource({"CN, 2026-06-04, 2026-06-05", "CN-4403, 2026-06-08, 2026-06-09", "DE, 2026-06-15, 2026-06-16"})
        void notDeregistered_asOfDeadlinePasses_dayAfterFails(String profile, String deadline, String dayAfter) {
            none(checkAsOf(profile, d(deadline), movedOut("P1", null)), RuleCode.RESIDENCE_DEREGISTRATION_LATE);
            assertDeregLate(checkAsOf(profile, d(dayAfter), movedOut("P1", null)), deadline, "none");
        }

        @ParameterizedTest(name = "{0}: deadline {1} is a holiday")
        @CsvSource({"CN, 2026-06-04, 2026-06-05, 2026-06-06", "CN-4403, 2026-06-08, 2026-06-09, 2026-06-10",
                "DE, 2026-06-15, 2026-06-16, 2026-06-17"})
        void deadlineOnHoliday_movesToNextWorkingDay(String profile, String holiday, String moved, String late) {
            HolidayCalendar cal = holidays(holiday);
            none(check(profile, cal, movedOut("P1", moved)), RuleCode.RESIDENCE_DEREGISTRATION_LATE);
            assertDeregLate(check(profile, cal, movedOut("P1", late)), moved, late);
        }

        @Test
        void foreigner_isCheckedToo() {
            assertDeregLate(check("CN", movedOut("F1", "2026-06-05")), "2026-06-04", "2026-06-05");
        }

        @Test
        void notMovedOut_noFinding() {
            none(check("CN", national("2026-03-02")), RuleCode.RESIDENCE_DEREGISTRATION_LATE);
        }

        @Test
        void moveOutInFuture_notYetDue() {
            Residence r = residence("R1", "P1", "H1", ON_L1, "2026-03-01").movedOut(d("2026-12-01")).build();
            none(check("CN", r), RuleCode.RESIDENCE_DEREGISTRATION_LATE);
        }

        @Test
        void severity_isWarning() {
            assertThat(single(check("CN", movedOut("P1", "2026-06-05")), RuleCode.RESIDENCE_DEREGISTRATION_LATE)
                    .severity()).isEqualTo(Severity.WARNING);
        }
    }
}
