package nl.trede;

import java.util.Arrays;
import nl.trede.regels.Werkervoorstart;
import nl.trede.systeem.Migratie;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** trede: interbestuurlijk toezicht op gemeentelijke asieltaken, met de regels in {@code rules/}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TredeApplication {

    /** {@code java -jar trede.jar migreren ...}: only the database migrations, as the owner, then exit. */
    public static void main(String[] args) {
        if (args.length > 0 && Migratie.OPDRACHT.equals(args[0])) {
            Migratie.voerUit(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication app = new SpringApplication(TredeApplication.class);
        app.addListeners(new Werkervoorstart());
        app.run(args);
    }
}
