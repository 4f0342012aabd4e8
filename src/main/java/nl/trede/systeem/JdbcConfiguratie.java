package nl.trede.systeem;

import java.sql.SQLException;
import java.util.List;
import org.postgresql.util.PGobject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.repository.config.JdbcConfiguration;

/** Spring Data JDBC's conversions: the dialect's own plus {@link Jsonb}. Spring Boot backs off its default for this bean. */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguratie {

    @Bean
    JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect) {
        return JdbcConfiguration.createCustomConversions(dialect, List.of(new JsonbSchrijven(), new JsonbLezen()));
    }

    @WritingConverter
    static final class JsonbSchrijven implements Converter<Jsonb, PGobject> {
        @Override
        public PGobject convert(Jsonb json) {
            PGobject waarde = new PGobject();
            waarde.setType("jsonb");
            try {
                waarde.setValue(json.tekst());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return waarde;
        }
    }

    @ReadingConverter
    static final class JsonbLezen implements Converter<PGobject, Jsonb> {
        @Override
        public Jsonb convert(PGobject waarde) {
            return new Jsonb(waarde.getValue());
        }
    }
}
