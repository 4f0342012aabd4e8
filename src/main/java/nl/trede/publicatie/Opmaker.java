package nl.trede.publicatie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.trede.kern.Sha256;
import nl.trede.regels.Opmaakfout;
import nl.trede.regels.Regelsetfout;
import nl.trede.regels.Werkerpool;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Turns a checked template and a model of formatted values into a PDF/A-3u, in a worker process: a template is written
 * by a policy writer, so it is rendered where a hole in its check cannot reach the server, within a time and size
 * budget (see {@code nl.trede.regels.werker.Opmaak}). A template that fails the check is never rendered; one that
 * cannot be rendered is refused in Dutch. trede's verification annex is trede's own template, rendered here and put at
 * the end of the document, whatever the policy writer's template says.
 */
@Component
class Opmaker {

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final String BIJLAGE = tekst("publicatie/verificatiebijlage.html");

    private final Werkerpool werkers;
    private final Sjablooncontrole controle;
    private final SpringTemplateEngine thymeleaf = new SpringTemplateEngine();
    /** The hashes of templates that passed the check: checked once per content, not per letter. */
    private final Set<String> goedgekeurd = ConcurrentHashMap.newKeySet();

    Opmaker(Werkerpool werkers, Sjablooncontrole controle) {
        this.werkers = werkers;
        this.controle = controle;
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(true);
        thymeleaf.setTemplateResolver(resolver);
    }

    /**
     * The template in use as PDF, with {@code model} under the name {@code naam} ({@code brief}, {@code rapportage}) and
     * the verification annex at its end.
     */
    byte[] pdf(String pad, String sjabloon, String naam, Object model, Verificatiebijlage bijlage) {
        eis(pad, sjabloon);
        String annex = thymeleaf.process(BIJLAGE, new Context(NEDERLANDS, Map.of("bijlage", bijlage)));
        try {
            return werkers.pdf(false, pad, sjabloon, naam, model, annex);
        } catch (Opmaakfout e) {
            throw new OngeldigSjabloonException(List.of(new Regelsetfout(pad, e.regel(), e.kolom(), e.getMessage())));
        }
    }

    /**
     * Refuses a template that fails the check, naming file, line and construct. The template in use was rendered with
     * the examples when it was activated; here its text is checked again, in case it was changed in the database since.
     */
    void eis(String pad, String sjabloon) {
        String hash = Sha256.hex(pad + "\n" + sjabloon);
        if (goedgekeurd.contains(hash)) {
            return;
        }
        List<Regelsetfout> fouten = controle.controleerOpbouw(pad, sjabloon);
        if (!fouten.isEmpty()) {
            throw new OngeldigSjabloonException(fouten);
        }
        goedgekeurd.add(hash);
    }

    private static String tekst(String pad) {
        try (InputStream in = new ClassPathResource(pad).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(pad + " ontbreekt in de jar", e);
        }
    }
}
