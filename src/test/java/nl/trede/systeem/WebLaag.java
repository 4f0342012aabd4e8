package nl.trede.systeem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.trede.regels.RegelsetService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * With {@code @WebMvcTest(SomeController.class)}: a test of the web layer alone, with trede's own security
 * (the two filter chains and their roles, HTTP Basic behind the throttle, the users of
 * {@code application-test.yaml}), its limits on requests ({@link Verzoekgrenzen}) and its Dutch problem+json.
 * No database: the records security keeps (failed logins, tokens) and the rule-set service the page advice
 * asks are test doubles; the controller's own service is one in each test ({@code @MockitoBean}). What happens behind the service is for the tests
 * annotated {@code @ApplicatieMetDatabase}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("test")
@Import({SecurityConfiguration.class, Aanmeldbewaking.class, TokenService.class})
@EnableConfigurationProperties({GebruikersProperties.class, Verzoeklimieten.class})
@MockitoBean(types = {AanmeldpogingRepository.class, TokenRepository.class, RegelsetService.class})
public @interface WebLaag {
}
