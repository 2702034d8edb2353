package org.redress.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Runs Bean Validation on a command record and turns violations into {@link InvalidInputException}. */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public Map<String, String> violations(Object command) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(command)) {
            errors.merge(violation.getPropertyPath().toString(), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    public void check(Object command) {
        Map<String, String> errors = violations(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
