package nl.trede.systeem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A bean that loads demo data: it exists only in the demo, the embedded database of the default run with
 * {@code trede.demo} on (its default). A configured database ({@code spring.datasource.url}) never gets demo
 * data, whatever {@code trede.demo} says: that is a province's own database.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Conditional(AlleenDemo.Demo.class)
public @interface AlleenDemo {

    final class Demo extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            if (url != null && !url.isBlank()) {
                return ConditionOutcome.noMatch("spring.datasource.url is gezet: geen demogegevens");
            }
            return context.getEnvironment().getProperty("trede.demo", Boolean.class, false)
                    ? ConditionOutcome.match("ingebedde database met trede.demo")
                    : ConditionOutcome.noMatch("trede.demo staat uit");
        }
    }
}
