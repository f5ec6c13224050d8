package fr.boussole.commons.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A secret an answer gives once (a resume token, a signing secret): the answer stored for an idempotent replay
 * leaves it out, so a replay never hands it out again ({@link IdempotencyFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface ShownOnce {
}
