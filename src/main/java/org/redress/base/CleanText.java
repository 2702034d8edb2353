package org.redress.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The value is text a person could have typed ({@link TextRules}); line breaks only where {@link #multiline()}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CleanText.Check.class)
public @interface CleanText {

    boolean multiline() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CleanText, String> {

        private boolean multiline;

        @Override
        public void initialize(CleanText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Message problem = TextRules.problem(value, multiline);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // The message travels as the violation's payload, so it is rendered in the reader's language later.
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(problem)
                    .buildConstraintViolationWithTemplate(problem.key()).addConstraintViolation();
            return false;
        }
    }
}
