package org.redress.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.stereotype.Component;

/** Runs Bean Validation on a command record and turns violations into {@link InvalidInputException}. */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * One message per invalid field. Constraints name a message key ({@code message = "validation.required"}) and
     * are given their limit ({@code max}, {@code value}) as the argument; {@link CleanText} passes its message as the
     * violation's payload.
     */
    public Map<String, Message> violations(Object command) {
        Map<String, Message> errors = new TreeMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(command)) {
            Message payload = (Message) violation.unwrap(HibernateConstraintViolation.class)
                    .getDynamicPayload(Message.class);
            Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
            Message message = payload != null ? payload : Message.of(violation.getMessage(),
                    limits.containsKey("max") ? limits.get("max") : limits.getOrDefault("value", ""));
            errors.putIfAbsent(violation.getPropertyPath().toString(), message);
        }
        return errors;
    }

    public void check(Object command) {
        Map<String, Message> errors = violations(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
