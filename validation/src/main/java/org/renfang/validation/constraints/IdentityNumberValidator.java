package org.renfang.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.renfang.id.IdCheck;
import org.renfang.id.IdNumbers;
import org.renfang.model.DocumentType;

/**
 * Validates {@link IdentityNumber}; the violation carries the reason as the message parameter
 * {@code reason} (never the number). {@code null} is valid.
 */
public final class IdentityNumberValidator implements ConstraintValidator<IdentityNumber, CharSequence> {
    private DocumentType type = DocumentType.CN_RESIDENT_ID;

    @Override
    public void initialize(IdentityNumber annotation) {
        this.type = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate today = LocalDate.ofInstant(context.getClockProvider().getClock().instant(), ZoneOffset.UTC);
        IdCheck check = IdNumbers.check(type, value, today);
        if (check.isValid()) {
            return true;
        }
        if (context instanceof HibernateConstraintValidatorContext) {
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("reason", check.reason().name())
                    .addMessageParameter("type", type.name());
        }
        return false;
    }
}
