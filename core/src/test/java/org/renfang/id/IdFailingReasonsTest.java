package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renfang.model.DocumentType;

/**
 * One failing number for each branch of each number check, in one table: the check reports the
 * branch's reason and the number is not valid; for the travel permits, {@link IdNumbers} (the path
 * the ID_NUMBER_INVALID rule takes) reports the same reason as the permit's own check.
 */
class IdFailingReasonsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    private static final LocalDate TRAVEL_AS_OF = LocalDate.of(2026, 11, 26);

    /** A number check: its check, its allocation-free validity test and its document type in {@link IdNumbers}. */
    enum Check {
        RESIDENT_18(ResidentIds::check18, ResidentIds::isValid18, null, AS_OF),
        RESIDENT_15(ResidentIds::check15, ResidentIds::isValid15, null, AS_OF),
        HMT_RESIDENCE_PERMIT(HmtResidencePermits::check, HmtResidencePermits::isValid, null, AS_OF),
        PERMANENT_RESIDENCE_2017(PermanentResidenceCards::check, PermanentResidenceCards::isValid, null, AS_OF),
        HONG_KONG_MACAO_PERMIT((n, d) -> HmtTravelPermits.checkHongKongMacao(n),
                (n, d) -> IdNumbers.isValid(DocumentType.CN_HK_MACAO_PERMIT, n, d), DocumentType.CN_HK_MACAO_PERMIT,
                TRAVEL_AS_OF),
        TAIWAN_PERMIT((n, d) -> HmtTravelPermits.checkTaiwan(n),
                (n, d) -> IdNumbers.isValid(DocumentType.CN_TAIWAN_PERMIT, n, d), DocumentType.CN_TAIWAN_PERMIT,
                TRAVEL_AS_OF);

        final BiFunction<String, LocalDate, IdCheck> check;
        final BiPredicate<String, LocalDate> isValid;
        /** The type {@link IdNumbers} checks the number as, or null where the table does not go through it. */
        final DocumentType viaIdNumbers;
        final LocalDate asOf;

        Check(BiFunction<String, LocalDate, IdCheck> check, BiPredicate<String, LocalDate> isValid,
                DocumentType viaIdNumbers, LocalDate asOf) {
            this.check = check;
            this.isValid = isValid;
            this.viaIdNumbers = viaIdNumbers;
            this.asOf = asOf;
        }
    }

    @ParameterizedTest
    @CsvSource({
        "RESIDENT_18, '', EMPTY",
        "RESIDENT_18, '   ', EMPTY",
        "RESIDENT_18, '                  ', EMPTY",
        "RESIDENT_18, 11010519491231002, LENGTH",
        "RESIDENT_18, 11010519491231002X1, LENGTH",
        "RESIDENT_18, 1101051949123100XX, CHARSET",
        "RESIDENT_18, 11010519491231002Y, CHARSET",
        "RESIDENT_18, '1101051949123100 X', CHARSET",
        "RESIDENT_18, A1010519491231002X, CHARSET",
        "RESIDENT_18, １1010519491231002X, CHARSET",
        "RESIDENT_18, 01010519491231002X, REGION",
        "RESIDENT_18, 71010519491231002X, REGION",
        "RESIDENT_18, 81000019491231002X, REGION",
        "RESIDENT_18, 91010519491231002X, REGION",
        "RESIDENT_15, '', EMPTY",
        "RESIDENT_15, ' ', EMPTY",
        "RESIDENT_15, 11010549123100, LENGTH",
        "RESIDENT_15, 11010549123100X, CHARSET",
        "RESIDENT_15, 710105491231002, REGION",
        "RESIDENT_15, 110105491331002, BIRTH_DATE",
        "RESIDENT_15, 110105490229002, BIRTH_DATE",
        "RESIDENT_15, 110105000229002, BIRTH_DATE",
        "HMT_RESIDENCE_PERMIT, '', EMPTY",
        "HMT_RESIDENCE_PERMIT, 81000019940823002, LENGTH",
        "HMT_RESIDENCE_PERMIT, 8100001994082300A1, CHARSET",
        "HMT_RESIDENCE_PERMIT, 810000199402300021, BIRTH_DATE",
        "HMT_RESIDENCE_PERMIT, 810000202603020021, BIRTH_DATE_IN_FUTURE",
        "HMT_RESIDENCE_PERMIT, 810000199408230022, CHECK_DIGIT",
        "PERMANENT_RESIDENCE_2017, '', EMPTY",
        "PERMANENT_RESIDENCE_2017, '               ', EMPTY",
        "PERMANENT_RESIDENCE_2017, USA31008501234, LENGTH",
        "PERMANENT_RESIDENCE_2017, USA3100850123456, LENGTH",
        "PERMANENT_RESIDENCE_2017, usa310085012345, CHARSET",
        "PERMANENT_RESIDENCE_2017, US1310085012345, CHARSET",
        "PERMANENT_RESIDENCE_2017, USA31008501234X, CHARSET",
        "PERMANENT_RESIDENCE_2017, ÜSA310085012345, CHARSET",
        "HONG_KONG_MACAO_PERMIT, '', EMPTY",
        "HONG_KONG_MACAO_PERMIT, '         ', EMPTY",
        "HONG_KONG_MACAO_PERMIT, H1234567, LENGTH",
        "HONG_KONG_MACAO_PERMIT, H123456789, LENGTH",
        "HONG_KONG_MACAO_PERMIT, 12345678, LENGTH",
        "HONG_KONG_MACAO_PERMIT, H1234567X, CHARSET",
        "HONG_KONG_MACAO_PERMIT, 'H1234 678', CHARSET",
        "HONG_KONG_MACAO_PERMIT, H１2345678, CHARSET",
        "HONG_KONG_MACAO_PERMIT, h12345678, CHARSET",
        "HONG_KONG_MACAO_PERMIT, 112345678, CHARSET",
        "HONG_KONG_MACAO_PERMIT, A12345678, PREFIX",
        "HONG_KONG_MACAO_PERMIT, T12345678, PREFIX",
        "HONG_KONG_MACAO_PERMIT, C12345678, PREFIX",
        "TAIWAN_PERMIT, '', EMPTY",
        "TAIWAN_PERMIT, '        ', EMPTY",
        "TAIWAN_PERMIT, 1234567, LENGTH",
        "TAIWAN_PERMIT, 123456789, LENGTH",
        "TAIWAN_PERMIT, H12345678, LENGTH",
        "TAIWAN_PERMIT, 1234567X, CHARSET",
        "TAIWAN_PERMIT, T1234567, CHARSET",
        "TAIWAN_PERMIT, '1234 678', CHARSET",
        "TAIWAN_PERMIT, １2345678, CHARSET",
    })
    void failingBranch_reportsItsReason(Check c, String number, IdReason reason) {
        assertThat(c.check.apply(number, c.asOf).reason()).isEqualTo(reason);
        assertThat(c.isValid.test(number, c.asOf)).isFalse();
        if (c.viaIdNumbers != null) {
            assertThat(IdNumbers.check(c.viaIdNumbers, number, c.asOf).reason()).isEqualTo(reason);
        }
    }
}
