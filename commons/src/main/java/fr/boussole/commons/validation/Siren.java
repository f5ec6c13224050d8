package fr.boussole.commons.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A SIREN number: nine digits whose Luhn checksum holds. Null is valid (use @NotNull to require one). */
@Documented
@Constraint(validatedBy = SirenValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface Siren {

    /** The shape of a SIREN, for the API contract (the checksum is checked too). */
    String PATTERN = "^[0-9]{9}$";

    String message() default "must be a SIREN: nine digits with a valid Luhn checksum";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
