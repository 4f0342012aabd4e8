package nl.trede.systeem;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, description and ways to log in of the OpenAPI document ({@code /api/v1/openapi}, shown on {@code /api/v1/docs}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String TOKEN = "token";
    private static final String BASIC = "basic";

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("trede-API").version("v1").description("""
                        Interbestuurlijk toezicht op de huisvesting van vergunninghouders en de Spreidingswet: cijfers \
                        invoeren, beoordelingsrondes en verdelingen, de regels en hun impact, monitoring en audit.

                        **Aanmelden.** Een API-client gebruikt een persoonlijk token (`Authorization: Bearer ...`), \
                        te maken op de pagina *Tokens* voor een van uw eigen rollen; of HTTP Basic met gebruikersnaam en \
                        wachtwoord (trager: elk wachtwoord wordt gecontroleerd; na vijf mislukte pogingen volgt een \
                        wachttijd). In de browser telt uw aanmelding op de site; een schrijfactie vraagt dan het CSRF-token.

                        **Rechten.** Lezen mag elke rol; de regels wijzigen de beleidsmedewerker; al het andere de \
                        toezichthouder. Een auditor (ook met een token) leest alles en wijzigt niets.

                        **Fouten** komen als `application/problem+json` (RFC 9457), in het Nederlands."""))
                .components(new Components()
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Persoonlijk toegangstoken (te maken op /tokens), met de rol waarvoor het is gemaakt"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Gebruikersnaam en wachtwoord")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
