package org.renfang.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;
import org.renfang.model.Address;
import org.renfang.model.EmploymentId;
import org.renfang.model.ImmutableAddress;
import org.renfang.validation.Fixtures;
import org.renfang.model.RenfangStyle;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.HolidayCalendar;
import org.renfang.validation.profile.Profiles;
import org.renfang.validation.rules.RuleContext;

/**
 * Adding a constrained field to a record kind is one change in the model: {@link Contract} is a
 * record-like kind with three fields, constrained only by their annotations here, and
 * the field constraints' fast path enforces them with no other change; a constraint it has no
 * check for sends the record to the validator instead of clearing it.
 */
class AddedConstraintTest {

    /** A record-like kind with three constrained fields, declared only here. */
    @Value.Immutable
    @RenfangStyle
    public interface Contract {
        @JsonProperty("id")
        EmploymentId id();

        /** @return the new optional field */
        @JsonProperty("grade")
        Optional<@Pattern(regexp = "[A-Z]{2}\\d{2,4}") String> grade();

        /** @return the new cascade */
        @JsonProperty("sites")
        List<@Valid Address> sites();

        /** @return the new required field */
        @JsonProperty("position")
        @Size(max = 16)
        @NotBlank
        String position();
    }

    /** A kind with a constraint the fast path has no check for. */
    @Value.Immutable
    @RenfangStyle
    public interface Contact {
        @JsonProperty("mail")
        Optional<@Email String> mail();
    }

    private static final Address SITE = ImmutableAddress.builder().division("650203").line("1 Road").build();

    private static ImmutableContract contract() {
        return ImmutableContract.builder().id(EmploymentId.of("E1")).position("cook").grade("AB12").addSites(SITE)
                .build();
    }

    private static List<Finding> check(Object record) {
        RuleContext ctx = new RuleContext(Registry.of(Fixtures.registry().build()), Profiles.load("CN"),
                LocalDate.of(2026, 11, 26), HolidayCalendar.NONE, null, r -> true);
        FieldConstraints.check(record, "/contracts/0", ctx);
        return ctx.findings();
    }

    @Test
    void theNewConstraints_areEnforced_withoutAnyOtherChange() {
        assertThat(ModelConstraints.understands(ImmutableContract.class)).isTrue();
        assertThat(ModelConstraints.holds(contract())).isTrue();
        assertThat(check(contract())).isEmpty();

        assertThat(ModelConstraints.holds(contract().withPosition(" "))).isFalse();
        assertThat(ModelConstraints.holds(contract().withPosition("x".repeat(16)))).isTrue();
        assertThat(ModelConstraints.holds(contract().withPosition("x".repeat(17)))).isFalse();
        assertThat(ModelConstraints.holds(contract().withGrade("AB12345"))).isFalse();
        assertThat(ModelConstraints.holds(contract().withGrade(Optional.empty()))).isTrue();
        assertThat(ModelConstraints.holds(contract().withSites(SITE, ImmutableAddress.copyOf(SITE).withLine(""))))
                .isFalse();

        List<Finding> findings = check(contract().withPosition("x".repeat(17)).withGrade("ab1")
                .withSites(SITE, ImmutableAddress.copyOf(SITE).withDivision("6502")));
        assertThat(findings).extracting(Finding::rule).containsOnly(RuleCode.FIELD_INVALID);
        assertThat(findings).extracting(Finding::path)
                .containsExactly("/contracts/0/grade", "/contracts/0/position", "/contracts/0/sites/1/division");
    }

    @Test
    void aConstraintWithoutACheck_goesToTheValidator() {
        assertThat(ModelConstraints.understands(ImmutableContact.class)).isFalse();
        assertThat(ModelConstraints.holds(ImmutableContact.builder().build())).isFalse();
        assertThat(check(ImmutableContact.builder().mail("someone@example.org").build())).isEmpty();
        assertThat(check(ImmutableContact.builder().mail("not a mail").build())).extracting(Finding::path)
                .containsExactly("/contracts/0/mail");
    }
}
