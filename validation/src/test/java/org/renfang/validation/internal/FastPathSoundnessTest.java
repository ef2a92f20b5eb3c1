package org.renfang.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shapes the model does not use today but a field added tomorrow may, where the fast path once
 * cleared a value the validator rejects (found by a review against Hibernate Validator 9.1): each
 * value here is rejected by the validator, or makes it throw, and the fast path must not clear it.
 */
class FastPathSoundnessTest {

    private static final Validator VALIDATOR = FieldConstraints.factory().getValidator();

    private static void rejectedByBoth(Object bean) {
        assertThat(VALIDATOR.validate(bean)).as("the validator's violations").isNotEmpty();
        assertThat(ModelConstraints.holds(bean)).as("the fast path clears it").isFalse();
    }

    public static class Inner {
        @NotBlank
        public String name() {
            return " ";
        }
    }

    public static class EmptyOptional {
        public Optional<@NotBlank String> nick() {
            return Optional.empty();
        }
    }

    @Test
    void anEmptyOptional_isCheckedAsANullElement() {
        rejectedByBoth(new EmptyOptional());
    }

    public static class Emoji {
        @Pattern(regexp = "[ -\uFFFF]{1,2}")
        public String text() {
            return "\uD83D\uDE00";
        }
    }

    @Test
    void aCharacterRangeOverTheSurrogates_isLeftToTheValidator() {
        // java.util.regex matches by code point: U+1F600 is outside a range that ends at U+FFFF
        rejectedByBoth(new Emoji());
        assertThat(CharPattern.compile("[ -\uFFFF]{1,2}")).isNull();
        assertThat(CharPattern.compile("[\uD7FF-\uE000]")).isNull();
        assertThat(CharPattern.compile("[ -~]{1,2}")).isNotNull();
    }

    public static class ObjectHoldingAList {
        @Valid
        public Object payload() {
            return List.of(new Inner());
        }
    }

    @Test
    void aContainerBehindADeclaredObject_isUnwrappedByTheValidator() {
        rejectedByBoth(new ObjectHoldingAList());
    }

    public static class LabelledList extends ArrayList<Inner> {
        @NotBlank
        public String label() {
            return "";
        }
    }

    public static class ValidOnTheList {
        @Valid
        public List<Inner> items() {
            return new LabelledList();
        }
    }

    @Test
    void validOnAContainerItself_alsoValidatesTheContainerAsABean() {
        rejectedByBoth(new ValidOnTheList());
    }

    public static class NegativeSize {
        @Size(min = -1)
        public String code() {
            return "ab";
        }
    }

    @Test
    void boundsTheValidatorRefuses_areNotCleared() {
        assertThatThrownBy(() -> VALIDATOR.validate(new NegativeSize())).isInstanceOf(RuntimeException.class);
        assertThat(ModelConstraints.holds(new NegativeSize())).isFalse();
    }
}
