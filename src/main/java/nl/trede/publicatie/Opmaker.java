package nl.trede.publicatie;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.trede.kern.Sha256;
import nl.trede.regels.Regelsetfout;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns a checked template and a model of formatted values into HTML (Thymeleaf) and then into a PDF/A-3u
 * (openhtmltopdf): DejaVu Sans embedded, an sRGB output intent, the title and subject from the template's
 * head, and trede's verification annex at the end. Templates, fonts and font metrics are kept after first use;
 * the PDF never loads anything from outside (every external resource is refused), so a template cannot make the
 * server fetch a URL.
 */
@Component
class Opmaker {

    static final String LETTERTYPE = "DejaVu Sans";
    static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private static final String BIJLAGE = tekst("publicatie/verificatiebijlage.html");

    private final SpringTemplateEngine thymeleaf = new SpringTemplateEngine();
    private final Sjablooncontrole controle;
    private final byte[] gewoon = lees("DejaVuSans.ttf");
    private final byte[] vet = lees("DejaVuSans-Bold.ttf");
    private final byte[] schuin = lees("DejaVuSans-Oblique.ttf");
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final FSCacheEx<String, FSCacheValue> metrieken = new FSDefaultCacheStore();
    /** The hashes of templates that passed the check: checked once per content, not per letter. */
    private final Set<String> goedgekeurd = ConcurrentHashMap.newKeySet();

    Opmaker(Sjablooncontrole controle) {
        this.controle = controle;
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        // The template text is the cache key: a parsed template is reused until the text changes.
        resolver.setCacheable(true);
        thymeleaf.setTemplateResolver(resolver);
    }

    /** The template as HTML with this model, after the check; a template that fails it is never rendered. */
    String html(String pad, String sjabloon, Map<String, Object> model) {
        eis(pad, sjabloon);
        return thymeleaf.process(sjabloon, new Context(NEDERLANDS, model));
    }

    /** The document with trede's verification annex at its end: there whatever the template, which cannot leave it out. */
    byte[] pdf(String pad, String sjabloon, Map<String, Object> model, Verificatiebijlage bijlage) {
        String html = html(pad, sjabloon, model);
        int eind = html.lastIndexOf("</body>");
        return pdf(html.substring(0, eind) + thymeleaf.process(BIJLAGE, new Context(NEDERLANDS, Map.of("bijlage", bijlage)))
                + html.substring(eind));
    }

    byte[] pdf(String html) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(64 * 1024);
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                    .useColorProfile(srgb)
                    .useFont(() -> new ByteArrayInputStream(gewoon), LETTERTYPE, 400, BaseRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(vet), LETTERTYPE, 700, BaseRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(schuin), LETTERTYPE, 400, BaseRendererBuilder.FontStyle.ITALIC, true)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrieken)
                    .useExternalResourceAccessControl((uri, soort) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, soort) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("trede")
                    .withW3cDocument(xml(html), null)
                    .toStream(uit)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("De PDF kon niet worden opgemaakt", e);
        }
        return uit.toByteArray();
    }

    /**
     * The rendered HTML as a DOM, parsed by a parser made once per thread. openhtmltopdf would look its XML
     * factories up for every document, a classpath scan that costs tens of milliseconds inside the packaged
     * jar. No DTD or entity from outside is ever read.
     */
    static Document xml(String html) {
        try {
            DocumentBuilder parser = PARSER.get();
            parser.reset();
            return parser.parse(new InputSource(new StringReader(html)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Het sjabloon gaf geen geldige XHTML: " + e.getMessage(), e);
        }
    }

    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        DocumentBuilderFactory fabriek = DocumentBuilderFactory.newDefaultInstance();
        fabriek.setNamespaceAware(true);
        fabriek.setExpandEntityReferences(false);
        fabriek.setXIncludeAware(false);
        try {
            fabriek.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            fabriek.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            fabriek.setFeature("http://xml.org/sax/features/external-general-entities", false);
            fabriek.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            fabriek.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            fabriek.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return fabriek.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    /** Refuses a template that fails the check, naming file, line and construct. */
    void eis(String pad, String sjabloon) {
        String hash = Sha256.hex(pad + "\n" + sjabloon);
        if (goedgekeurd.contains(hash)) {
            return;
        }
        List<Regelsetfout> fouten = controle.controleer(pad, sjabloon);
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

    private static byte[] lees(String naam) {
        try (InputStream in = new ClassPathResource("publicatie/lettertypen/" + naam).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Lettertype " + naam + " ontbreekt in de jar", e);
        }
    }
}
