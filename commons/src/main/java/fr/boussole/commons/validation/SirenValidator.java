package fr.boussole.commons.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Siren}: nine digits, every second one from the left doubled, the sum a multiple of ten. */
public class SirenValidator implements ConstraintValidator<Siren, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isSiren(value);
    }

    public static boolean isSiren(String value) {
        if (value.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
