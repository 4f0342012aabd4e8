package nl.trede;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** trede: interbestuurlijk toezicht op gemeentelijke asieltaken, met de regels in {@code rules/}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TredeApplication {

    public static void main(String[] args) {
        SpringApplication.run(TredeApplication.class, args);
    }
}
