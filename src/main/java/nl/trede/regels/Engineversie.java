package nl.trede.regels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The versions of Drools and of trede itself, recorded with every decision so it can be replayed. */
@Component
public class Engineversie {

    private final String drools;
    private final String trede;

    Engineversie(ObjectProvider<BuildProperties> build) {
        this.drools = droolsVersie();
        BuildProperties properties = build.getIfAvailable();
        this.trede = properties == null ? "onbekend" : properties.getVersion();
    }

    public String drools() {
        return drools;
    }

    public String trede() {
        return trede;
    }

    private static String droolsVersie() {
        try (InputStream in = Engineversie.class.getResourceAsStream("/META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in == null) {
                return "onbekend";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "onbekend");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
