package nl.trede.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The tests run a century ahead, so that every period they make up has ended and a ronde for it is not
 * voorlopig. The clock still ticks: waiting, ordering and time stamps behave as always. A test that is
 * about today's date sets the clock to a moment of its own and puts it back ({@link #zet}, {@link #herstel}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class Testklok {

    @Bean
    Verstelbaar klok() {
        return new Verstelbaar();
    }

    public static final class Verstelbaar extends Clock {

        private static final Duration EEUW = Duration.ofDays(36_525);
        private volatile Instant vast;

        public void zet(Instant moment) {
            vast = moment;
        }

        public void herstel() {
            vast = null;
        }

        @Override
        public Instant instant() {
            Instant moment = vast;
            return moment != null ? moment : Instant.now().plus(EEUW);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    }
}
