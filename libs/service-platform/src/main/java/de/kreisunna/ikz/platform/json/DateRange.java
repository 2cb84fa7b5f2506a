package de.kreisunna.ikz.platform.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The plausible range of a date field read from JSON, for a field whose domain needs another range than
 * {@link StrictJson#EARLIEST} to {@link StrictJson#LATEST}. Both bounds are ISO dates and inclusive.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface DateRange {

    String from();

    String to();
}
