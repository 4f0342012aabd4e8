package nl.trede.regels;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a fact the rules may match, import, create and insert. {@code value} is the
 * fact type's stable name ({@code "HalfjaarCijfers"}): it names the fact in receipts and stays the
 * same when the class moves or is renamed. {@link Feittypen} finds every marked type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Feit {

    String value();
}
