package org.renfang.validation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.visit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.renfang.label.LabelCheck;
import org.renfang.label.LabelCheckStatus;
import org.renfang.label.LabelVerifier;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.model.json.RenfangJson;
import org.renfang.registry.Registry;
import org.renfang.validation.Fixtures;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;
import org.renfang.validation.rating.PremisesRating.Cause;
import org.renfang.validation.rating.PremisesRating.Criterion;
import org.renfang.validation.rating.PremisesRating.CriterionResult;
import org.renfang.validation.rating.PremisesRating.Note;
import org.renfang.validation.rating.PremisesRating.Outcome;

class PremisesRatingsTest {
    private static final Profile CN = Profiles.load("CN");
    private static final PremisesId H1 = PremisesId.of("H1");
    /** Well-formed label text (canonical Base45 after the prefix); only {@link #VERIFIER} tells it is good. */
    private static final String GOOD = "RF1:BB8BB8";
    /** Verifies only {@link #GOOD}, for H1. */
    private static final LabelVerifier VERIFIER = (text, premises, at) -> GOOD.equals(text) && H1.equals(premises)
            ? new LabelCheck(LabelCheckStatus.VALID, null)
            : new LabelCheck(LabelCheckStatus.WRONG_PREMISES, null);

    /** The parts of a clean premises; each test breaks one. Person ids start with "PERS-". */
    private static final class Scene {
        ImmutablePremises.Builder premises = apartment("H1", "PERS-OWN");
        ImmutableLease.Builder lease = lease("L1", "H1", "PERS-OWN", "PERS-A", "2026-03-01", "2027-02-28");
        List<ImmutableResidence.Builder> residences = new ArrayList<>(List.of(
                residence("R1", "PERS-A", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                        .room(RoomId.of("H1-1"))));
        List<ImmutableVisit.Builder> visits = new ArrayList<>(List.of(
                visit("V1", "H1", "O5", "2026-10-01").label(GOOD)));
        List<Object> extra = new ArrayList<>();

        RegistryDocument document() {
            ImmutableRegistryDocument.Builder b = registry()
                    .addPersons(person("PERS-OWN").build(), person("PERS-A").build(), person("PERS-B").build(),
                            person("PERS-C").build())
                    .addOrganizations(org("O5", OrganizationKind.AGENCY).build(),
                            org("O6", OrganizationKind.AGENCY).build())
                    .addPremises(premises.build())
                    .addLeases(lease.build());
            for (ImmutableResidence.Builder r : residences) {
                b.addResidences(r.build());
            }
            for (ImmutableVisit.Builder v : visits) {
                b.addVisits(v.build());
            }
            for (Object o : extra) {
                if (o instanceof org.renfang.model.Premises) {
                    b.addPremises((org.renfang.model.Premises) o);
                } else if (o instanceof org.renfang.model.Lease) {
                    b.addLeases((org.renfang.model.Lease) o);
                } else if (o instanceof org.renfang.model.Residence) {
                    b.addResidences((org.renfang.model.Residence) o);
                }
            }
            return b.build();
        }

        PremisesRating rate() {
            return rate(CN);
        }

        PremisesRating rate(Profile profile) {
            return PremisesRatings.rate(Registry.of(document()), H1, AS_OF, profile, VERIFIER);
        }
    }

    private static CriterionResult result(PremisesRating r, Criterion c) {
        return r.criterion(c).orElseThrow();
    }

    /** The first cause of a criterion, once its code and record are checked. */
    private static Cause cause(PremisesRating r, Criterion criterion, String code, String record) {
        Cause c = result(r, criterion).causes().get(0);
        assertThat(c.code()).isEqualTo(code);
        assertThat(c.record()).isEqualTo(record);
        return c;
    }

    private static List<String> codes(CriterionResult r) {
        return r.causes().stream().map(Cause::code).toList();
    }

    private static void assertOnlyFails(PremisesRating r, Criterion failed) {
        assertOnlyFails(r, failed, 4);
    }

    private static void assertOnlyFails(PremisesRating r, Criterion failed, int stars) {
        for (CriterionResult c : r.criteria()) {
            assertThat(c.outcome()).as(c.criterion().name())
                    .isEqualTo(c.criterion() == failed ? Outcome.FAIL : Outcome.PASS);
        }
        assertThat(r.stars()).hasValue(stars);
        assertThat(r.lostStars()).extracting(CriterionResult::criterion).containsExactly(failed);
    }

    // -----------------------------------------------------------------------------------------
    // The scale

    @Test
    void cleanPremises_fiveStars_everyCriterionMet() {
        PremisesRating r = new Scene().rate();

        assertThat(r.status()).isEqualTo(PremisesRating.Status.RATED);
        assertThat(r.stars()).hasValue(5);
        assertThat(r.criteria()).extracting(CriterionResult::criterion).containsExactly(Criterion.values());
        assertThat(r.criteria()).extracting(CriterionResult::outcome).containsOnly(Outcome.PASS);
        assertThat(r.lostStars()).isEmpty();
        assertThat(r.premises()).isEqualTo(H1);
        assertThat(r.asOf()).isEqualTo(AS_OF);
        assertThat(r.periodStart()).isEqualTo(d("2025-11-26"));
        assertThat(r.profile()).isEqualTo("CN");
    }

    @Test
    void leaseFiledLate_losesOneStar_leasesFiled() {
        Scene s = new Scene();
        // signed 2026-02-28, due by 2026-03-30
        s.lease.filing(ImmutableFiling.builder().number("F-L1").filedOn(d("2026-03-31")).build());

        PremisesRating r = s.rate();

        assertOnlyFails(r, Criterion.LEASES_FILED);
        assertThat(cause(r, Criterion.LEASES_FILED, "LEASE_FILING_LATE", "lease:L1").path()).startsWith("/leases/0");
    }

    @Test
    void leaseFiledOnDeadline_keepsStar() {
        Scene s = new Scene();
        s.lease.filing(ImmutableFiling.builder().number("F-L1").filedOn(d("2026-03-30")).build());

        assertThat(s.rate().stars()).hasValue(5);
    }

    @Test
    void residenceRegisteredLate_losesOneStar_occupantsRegistered() {
        Scene s = new Scene();
        s.residences.get(0).registeredOn(d("2026-03-05"));

        PremisesRating r = s.rate();

        assertOnlyFails(r, Criterion.OCCUPANTS_REGISTERED);
        Cause c = cause(r, Criterion.OCCUPANTS_REGISTERED, "RESIDENCE_REGISTRATION_LATE", "residence:R1");
        assertThat(c.path()).startsWith("/residences/0");
        assertThat(c.params()).doesNotContainKey("person");
    }

    @Test
    void registrationAndDeregistrationLate_stillOneStar() {
        Scene s = new Scene();
        s.residences.get(0).registeredOn(d("2026-03-05"));
        s.residences.add(residence("R2", "PERS-B", "H1", Basis.familyMemberOf(PersonId.of("PERS-A")), "2026-03-01")
                .room(RoomId.of("H1-2")).movedOut(d("2026-06-01")).deregisteredOn(d("2026-06-20")));

        PremisesRating r = s.rate();

        assertOnlyFails(r, Criterion.OCCUPANTS_REGISTERED);
        assertThat(codes(result(r, Criterion.OCCUPANTS_REGISTERED)))
                .contains("RESIDENCE_REGISTRATION_LATE", "RESIDENCE_DEREGISTRATION_LATE");
    }

    @Test
    void residenceInKitchen_losesOneStar_occupancy() {
        Scene s = new Scene();
        s.residences.get(0).room(RoomId.of("H1-4"));

        PremisesRating r = s.rate();

        assertOnlyFails(r, Criterion.OCCUPANCY);
        assertThat(codes(result(r, Criterion.OCCUPANCY))).containsExactly("ROOM_NOT_HABITABLE");
        assertThat(result(r, Criterion.OCCUPANCY).causes().get(0).record()).isEqualTo("residence:R1");
    }

    @Test
    void threeInOneRoomInShanghai_losesOneStar_occupancy() {
        Scene s = new Scene();
        s.lease.addLessees(org.renfang.model.Party.of(PersonId.of("PERS-B")), org.renfang.model.Party.of(PersonId.of("PERS-C")));
        s.residences.add(residence("R2", "PERS-B", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                .room(RoomId.of("H1-1")));
        s.residences.add(residence("R3", "PERS-C", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                .room(RoomId.of("H1-1")));

        PremisesRating r = s.rate(Profiles.load("CN-31"));

        assertOnlyFails(r, Criterion.OCCUPANCY);
        assertThat(codes(result(r, Criterion.OCCUPANCY))).containsExactly("OCCUPANCY_PER_ROOM");
    }

    @Test
    void unsafePremises_withALiveLease_cappedAtOneStar() {
        Scene s = new Scene();
        s.premises.addFlags(PremisesFlag.UNSAFE);

        PremisesRating r = s.rate();

        assertOnlyFails(r, Criterion.SAFETY, 1);
        assertThat(r.isCapped()).isTrue();
        assertThat(r.toJson(java.util.Locale.ENGLISH)).contains("\"capped\" : true");
        List<Cause> causes = result(r, Criterion.SAFETY).causes();
        assertThat(causes.get(0).code()).isEqualTo("PREMISES_FLAG");
        assertThat(causes.get(0).record()).isEqualTo("premises:H1");
        assertThat(causes.get(0).path()).isEqualTo("/premises/0/flags/0");
        assertThat(causes.get(0).params()).containsEntry("flag", "UNSAFE");
        assertThat(codes(result(r, Criterion.SAFETY))).containsExactly("PREMISES_FLAG", "PREMISES_NOT_RENTABLE");
    }

    @Test
    void flaggedPremisesWithoutLease_stillLosesSafetyStar() {
        RegistryDocument doc = registry()
                .addPersons(person("PERS-OWN").build())
                .addOrganizations(org("O5", OrganizationKind.AGENCY).build())
                .addPremises(apartment("H1", "PERS-OWN")
                        .addFlags(PremisesFlag.ILLEGAL_STRUCTURE, PremisesFlag.ILLEGAL_CHANGE_OF_USE).build())
                .addResidences(residence("R1", "PERS-OWN", "H1", Basis.owner(), "2026-03-01").build())
                .addVisits(visit("V1", "H1", "O5", "2026-10-01").label(GOOD).build())
                .build();

        PremisesRating r = PremisesRatings.rate(Registry.of(doc), H1, AS_OF, CN, VERIFIER);

        assertOnlyFails(r, Criterion.SAFETY, 1);
        assertThat(r.isCapped()).as("lived in by its owner").isTrue();
        assertThat(codes(result(r, Criterion.SAFETY))).containsExactly("PREMISES_FLAG", "PREMISES_FLAG");
    }

    @Test
    void flaggedPremises_neitherLetNorLivedIn_loseOneStar_notCapped() {
        Scene s = new Scene();
        s.premises.addFlags(PremisesFlag.UNSAFE);
        s.lease.end(d("2026-10-31"));
        s.residences.get(0).movedOut(d("2026-10-31")).deregisteredOn(d("2026-11-01"));

        PremisesRating r = s.rate();

        assertThat(r.isCapped()).isFalse();
        assertThat(r.stars()).hasValue(4);
        assertThat(r.toJson(java.util.Locale.ENGLISH)).doesNotContain("capped");
    }

    @Test
    void rentalRegister_clearsTheConcentratedLettingCriterion() {
        Profile oneOccupant = Profiles.read(new java.io.ByteArrayInputStream(
                "{\"code\": \"T-1\", \"parent\": \"CN\", \"parameters\": {\"groupRentalOccupants\": 1}}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Scene without = new Scene();
        PremisesRating r = without.rate(oneOccupant);
        assertOnlyFails(r, Criterion.OCCUPANCY);
        assertThat(codes(result(r, Criterion.OCCUPANCY))).containsExactly("GROUP_RENTAL_REGISTER");

        Scene kept = new Scene();
        kept.premises.rentalRegister(org.renfang.model.RentalRegister.since(AS_OF));
        assertThat(kept.rate(oneOccupant).stars()).hasValue(5);

        Scene later = new Scene();
        later.premises.rentalRegister(org.renfang.model.RentalRegister.since(AS_OF.plusDays(1)));
        assertThat(later.rate(oneOccupant).stars()).hasValue(4);
    }

    @Test
    void lastVisitWithoutScan_costsNothing() {
        Scene s = new Scene();
        s.visits.add(visit("V2", "H1", "O5", "2026-11-20"));

        PremisesRating r = s.rate();

        assertThat(r.stars()).hasValue(5);
        assertThat(result(r, Criterion.LABEL).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(result(r, Criterion.LABEL).note()).contains(Note.LABEL_NOT_SEEN);
    }

    @Test
    void lastVisitWithoutScan_labelSeenIntact_passes() {
        Scene s = new Scene();
        s.visits.add(visit("V2", "H1", "O5", "2026-11-20").labelCondition(org.renfang.model.LabelCondition.INTACT));

        assertThat(result(s.rate(), Criterion.LABEL).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void lastVisitFoundLabelMissingOrDamaged_losesOneStar_label() {
        for (org.renfang.model.LabelCondition condition : List.of(org.renfang.model.LabelCondition.MISSING,
                org.renfang.model.LabelCondition.DAMAGED)) {
            Scene s = new Scene();
            s.visits.add(visit("V2", "H1", "O5", "2026-11-20").labelCondition(condition));

            PremisesRating r = s.rate();

            assertOnlyFails(r, Criterion.LABEL);
            Cause c = cause(r, Criterion.LABEL, "LABEL_CONDITION", "visit:V2");
            assertThat(c.path()).isEqualTo("/visits/1/labelCondition");
            assertThat(c.params()).containsEntry("condition", condition.name());
        }
    }

    @Test
    void earlierVisitFoundLabelMissing_lastVisitScannedAValidOne_passes() {
        Scene s = new Scene();
        s.visits.set(0, visit("V1", "H1", "O5", "2026-10-01").labelCondition(org.renfang.model.LabelCondition.MISSING));
        s.visits.add(visit("V2", "H1", "O5", "2026-11-20").label(GOOD));

        assertThat(s.rate().stars()).hasValue(5);
    }

    @Test
    void lastVisitWithInvalidLabel_losesOneStar_label() {
        Scene s = new Scene();
        s.visits.add(visit("V2", "H1", "O5", "2026-11-20").label("RF1:SOMEONE-ELSES"));

        PremisesRating r = s.rate();

        assertOnlyFails(r, Criterion.LABEL);
        assertThat(cause(r, Criterion.LABEL, "VISIT_LABEL_INVALID", "visit:V2").params())
                .containsEntry("status", "WRONG_PREMISES");
    }

    @Test
    void earlierVisitWithInvalidLabel_lastOneValid_keepsStar() {
        Scene s = new Scene();
        s.visits.clear();
        s.visits.add(visit("V1", "H1", "O5", "2026-09-01").label("RF1:SOMEONE-ELSES"));
        s.visits.add(visit("V2", "H1", "O5", "2026-11-20").label(GOOD));

        PremisesRating r = s.rate();

        assertThat(r.stars()).hasValue(5);
        assertThat(result(r, Criterion.LABEL).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void lastVisitIsByTimeNotById() {
        Scene s = new Scene();
        s.visits.clear();
        s.visits.add(visit("V9", "H1", "O5", "2026-09-01"));
        s.visits.add(visit("V1", "H1", "O5", "2026-11-20").label(GOOD));

        assertThat(result(s.rate(), Criterion.LABEL).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void noVisit_labelNotAssessable_noStarLost() {
        Scene s = new Scene();
        s.visits.clear();

        PremisesRating r = s.rate();

        assertThat(r.stars()).hasValue(5);
        assertThat(result(r, Criterion.LABEL).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(result(r, Criterion.LABEL).note()).contains(Note.NO_VISIT);
    }

    @Test
    void visitsOutsideThePeriod_doNotCount() {
        Scene s = new Scene();
        s.visits.clear();
        s.visits.add(visit("V1", "H1", "O5", "2025-11-25"));
        s.visits.add(visit("V2", "H1", "O5", "2026-11-27"));

        assertThat(result(s.rate(), Criterion.LABEL).note()).contains(Note.NO_VISIT);
    }

    @Test
    void visitOnFirstDayOfPeriod_counts() {
        Scene s = new Scene();
        s.visits.clear();
        s.visits.add(visit("V1", "H1", "O5", "2025-11-26").labelCondition(org.renfang.model.LabelCondition.MISSING));

        assertThat(result(s.rate(), Criterion.LABEL).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void labelWithoutVerifier_notAssessable() {
        PremisesRating r = PremisesRatings.rate(Registry.of(new Scene().document()), H1, AS_OF, CN);

        assertThat(r.stars()).hasValue(5);
        assertThat(result(r, Criterion.LABEL).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(result(r, Criterion.LABEL).note()).contains(Note.LABEL_NOT_VERIFIED);
    }

    @Test
    void malformedLabelWithoutVerifier_losesOneStar_label() {
        Scene s = new Scene();
        s.visits.add(visit("V2", "H1", "O5", "2026-11-20").label("NOT A LABEL"));

        PremisesRating r = PremisesRatings.rate(Registry.of(s.document()), H1, AS_OF, CN);

        assertOnlyFails(r, Criterion.LABEL);
        assertThat(cause(r, Criterion.LABEL, "VISIT_LABEL_INVALID", "visit:V2").params())
                .containsEntry("status", "MALFORMED");
    }

    @Test
    void allCriteriaFailing_oneStar() {
        Scene s = new Scene();
        s.lease.filing(ImmutableFiling.builder().number("F-L1").filedOn(d("2026-04-15")).build());
        s.residences.get(0).registeredOn(d("2026-03-10")).room(RoomId.of("H1-4"));
        s.premises.addFlags(PremisesFlag.UNSAFE);
        s.visits.add(visit("V2", "H1", "O5", "2026-11-20").labelCondition(org.renfang.model.LabelCondition.DAMAGED));

        PremisesRating r = s.rate();

        assertThat(r.stars()).hasValue(1);
        assertThat(r.lostStars()).extracting(CriterionResult::criterion).containsExactly(Criterion.values());
        assertThat(r.toText(Locale.ENGLISH)).contains("★☆☆☆☆");
    }

    // -----------------------------------------------------------------------------------------
    // Period, scope, profiles

    @Test
    void problemsOfRecordsEndedBeforeThePeriod_doNotCount() {
        Scene s = new Scene();
        s.extra.add(lease("L0", "H1", "PERS-OWN", "PERS-B", "2023-03-01", "2024-02-29").filing(java.util.Optional.empty())
                .build());
        s.extra.add(residence("R0", "PERS-B", "H1", Basis.lease(LeaseId.of("L0")), "2023-03-01")
                .registeredOn(d("2023-03-20")).movedOut(d("2024-03-01")).deregisteredOn(d("2024-03-02")).build());

        assertThat(s.rate().stars()).hasValue(5);
    }

    @Test
    void residenceMovedOutLongAgoButNeverDeregistered_counts() {
        Scene s = new Scene();
        s.extra.add(residence("R0", "PERS-B", "H1", Basis.other(), "2023-03-01").movedOut(d("2024-03-01")).build());

        PremisesRating r = s.rate();

        assertOnlyFails(r, Criterion.OCCUPANTS_REGISTERED);
        assertThat(result(r, Criterion.OCCUPANTS_REGISTERED).causes()).extracting(Cause::record)
                .contains("residence:R0");
    }

    @Test
    void problemsOfOtherPremises_doNotCount() {
        Scene s = new Scene();
        s.extra.add(apartment("H2", "PERS-OWN").addFlags(PremisesFlag.UNSAFE).build());
        s.extra.add(lease("L2", "H2", "PERS-OWN", "PERS-B", "2026-03-01", "2027-02-28")
                .filing(java.util.Optional.empty()).build());
        s.extra.add(residence("R2", "PERS-B", "H2", Basis.lease(LeaseId.of("L2")), "2026-03-01")
                .registeredOn(d("2026-04-01")).build());

        assertThat(s.rate().stars()).hasValue(5);
        // unsafe and let: capped at one star
        assertThat(PremisesRatings.rate(Registry.of(s.document()), PremisesId.of("H2"), AS_OF, CN, VERIFIER).stars())
                .hasValue(1);
    }

    @Test
    void germanProfile_noLeaseFiling_leasesFiledNotAssessable() {
        Scene s = new Scene();
        s.lease.filing(java.util.Optional.empty());

        PremisesRating r = s.rate(Profiles.load("DE"));

        assertThat(r.stars()).hasValue(5);
        assertThat(result(r, Criterion.LEASES_FILED).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(result(r, Criterion.LEASES_FILED).note()).contains(Note.RULES_OFF);
        assertThat(s.rate(CN).stars()).hasValue(4);
    }

    @Test
    void shenzhenProfile_sevenDayRegistration() {
        Scene s = new Scene();
        s.residences.get(0).registeredOn(d("2026-03-08"));

        assertThat(s.rate(Profiles.load("CN-4403")).stars()).hasValue(5);
        assertThat(s.rate(CN).stars()).hasValue(4);
    }

    // -----------------------------------------------------------------------------------------
    // Not found, arguments

    @Test
    void unknownPremises_notFound_noStars() {
        PremisesRating r = PremisesRatings.rate(Registry.of(new Scene().document()), PremisesId.of("H404"), AS_OF,
                CN);

        assertThat(r.status()).isEqualTo(PremisesRating.Status.NOT_FOUND);
        assertThat(r.stars()).isEmpty();
        assertThat(r.criteria()).isEmpty();
        assertThat(r.lostStars()).isEmpty();
        assertThat(r.toText(Locale.ENGLISH)).contains("H404", "not rated");
        assertThat(r.toText(Locale.SIMPLIFIED_CHINESE)).contains("H404", "未评定");
    }

    @Test
    void nullArguments_throwNullPointer_nullVerifierAllowed() {
        Registry reg = Registry.of(new Scene().document());
        assertThatNullPointerException().isThrownBy(() -> PremisesRatings.rate(null, H1, AS_OF, CN));
        assertThatNullPointerException().isThrownBy(() -> PremisesRatings.rate(reg, null, AS_OF, CN));
        assertThatNullPointerException().isThrownBy(() -> PremisesRatings.rate(reg, H1, null, CN));
        assertThatNullPointerException().isThrownBy(() -> PremisesRatings.rate(reg, H1, AS_OF, null));
        assertThat(PremisesRatings.rate(reg, H1, AS_OF, CN, null).status()).isEqualTo(PremisesRating.Status.RATED);
    }

    // -----------------------------------------------------------------------------------------
    // Output

    private static Scene failing() {
        Scene s = new Scene();
        s.lease.filing(ImmutableFiling.builder().number("F-L1").filedOn(d("2026-04-15")).build());
        s.residences.get(0).registeredOn(d("2026-03-10"));
        return s;
    }

    @Test
    void output_namesNoPerson() {
        PremisesRating r = failing().rate();

        assertThat(r.toJson(Locale.ENGLISH)).doesNotContain("PERS-", "Test Person", "F-L1");
        assertThat(r.toText(Locale.ENGLISH)).doesNotContain("PERS-", "Test Person", "F-L1");
        assertThat(r.toText(Locale.SIMPLIFIED_CHINESE)).doesNotContain("PERS-", "Test Person", "F-L1");
        assertThat(r.toString()).doesNotContain("PERS-");
    }

    @Test
    void output_isDeterministic_whateverTheRecordOrder() {
        Scene s = failing();
        s.residences.add(residence("R2", "PERS-B", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                .room(RoomId.of("H1-2")).registeredOn(d("2026-03-09")));
        s.lease.addLessees(org.renfang.model.Party.of(PersonId.of("PERS-B")));
        RegistryDocument doc = s.document();
        List<org.renfang.model.Residence> reversed = new ArrayList<>(doc.residences());
        Collections.reverse(reversed);
        RegistryDocument shuffled = registry().from(doc).residences(reversed).build();

        String a = PremisesRatings.rate(Registry.of(doc), H1, AS_OF, CN, VERIFIER).toJson(Locale.ENGLISH);
        String b = PremisesRatings.rate(Registry.of(doc), H1, AS_OF, CN, VERIFIER).toJson(Locale.ENGLISH);
        String c = PremisesRatings.rate(Registry.of(shuffled), H1, AS_OF, CN, VERIFIER).toJson(Locale.ENGLISH);

        assertThat(b).isEqualTo(a);
        assertThat(c).isEqualTo(a);
        assertThat(PremisesRatings.rate(Registry.of(shuffled), H1, AS_OF, CN, VERIFIER))
                .isEqualTo(PremisesRatings.rate(Registry.of(doc), H1, AS_OF, CN, VERIFIER));
    }

    @Test
    void json_hasTheDocumentedShape() throws Exception {
        PremisesRating r = failing().rate();

        JsonNode n = RenfangJson.registryMapper().readTree(r.toJson(Locale.SIMPLIFIED_CHINESE));

        Fixtures.assertTexts(n, "schema", "renfang/rating@1", "premises", "H1", "profile", "CN", "asOf", "2026-11-26",
                "periodStart", "2025-11-26", "status", "RATED");
        assertThat(n.get("stars").asInt()).isEqualTo(3);
        assertThat(n.get("criteria")).hasSize(5);
        JsonNode leases = n.get("criteria").get(0);
        assertThat(leases.get("criterion").asText()).isEqualTo("LEASES_FILED");
        assertThat(leases.get("outcome").asText()).isEqualTo("FAIL");
        assertThat(leases.get("note").isNull()).isTrue();
        assertThat(leases.get("message").asText()).contains("租赁按时备案");
        JsonNode cause = leases.get("causes").get(0);
        assertThat(cause.get("code").asText()).isEqualTo("LEASE_FILING_LATE");
        assertThat(cause.get("record").asText()).isEqualTo("lease:L1");
        assertThat(cause.get("path").asText()).startsWith("/leases/0");
        assertThat(cause.get("params").isObject()).isTrue();
    }

    @Test
    void json_notFound_hasNullStars() throws Exception {
        PremisesRating r = PremisesRatings.rate(Registry.of(new Scene().document()), PremisesId.of("H404"), AS_OF,
                CN);

        JsonNode n = RenfangJson.registryMapper().readTree(r.toJson(Locale.ENGLISH));

        assertThat(n.get("status").asText()).isEqualTo("NOT_FOUND");
        assertThat(n.get("stars").isNull()).isTrue();
        assertThat(n.get("criteria")).isEmpty();
    }

    @Test
    void text_showsStarsCriteriaAndCauses() {
        PremisesRating r = failing().rate();

        String en = r.toText(Locale.ENGLISH);
        String zh = r.toText(Locale.SIMPLIFIED_CHINESE);

        assertThat(en).contains("★★★☆☆", "(3 of 5)", "Leases filed on time: not met", "LEASE_FILING_LATE lease:L1",
                "RESIDENCE_REGISTRATION_LATE residence:R1").doesNotContain("{", "}");
        assertThat(zh).contains("房屋星级评定", "★★★☆☆", "不符合，扣一星").doesNotContain("{", "}");
    }
}
