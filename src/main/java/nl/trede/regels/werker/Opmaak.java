package nl.trede.regels.werker;

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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.SpelMessage;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.engine.IterationStatusVar;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContextWrapper;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Letter and report templates rendered in the worker: Thymeleaf over a model of plain values (maps, lists, text,
 * numbers, yes/no, as the app sent them in JSON), then openhtmltopdf into PDF/A-3u with DejaVu Sans embedded and an sRGB
 * output intent. An expression reaches nothing but that model: no Java type, no method, no bean, no property of a Java
 * object besides a list's {@code size} and {@code empty} and a loop's status; whatever a template's check let through,
 * {@code brief["cla" + "ss"]} is only a key that the map does not have. The HTML stops at its size budget, and nothing
 * outside the document is ever loaded.
 */
final class Opmaak {

    static final String LETTERTYPE = "DejaVu Sans";
    static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private final SpringTemplateEngine thymeleaf = new SpringTemplateEngine();
    private final EvaluationContext beperkt = beperkteContext();
    private final byte[] gewoon = lees("DejaVuSans.ttf");
    private final byte[] vet = lees("DejaVuSans-Bold.ttf");
    private final byte[] schuin = lees("DejaVuSans-Oblique.ttf");
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final FSCacheEx<String, FSCacheValue> metrieken = new FSDefaultCacheStore();
    private final DocumentBuilder xml = parser();

    Opmaak() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        // The template text is the cache key: a parsed template is reused until the text changes.
        resolver.setCacheable(true);
        thymeleaf.setTemplateResolver(resolver);
    }

    /** Renders a small letter once, so that fonts, colour profile and layout classes are loaded before the worker locks itself in. */
    void warmOp() {
        maakOp(new Bericht.MaakOp("opwarmen.html", """
                <!DOCTYPE html><html xmlns:th="http://www.thymeleaf.org"><head><title>opwarmen</title></head>
                <body style="font-family: 'DejaVu Sans'"><p th:each="r, s : ${m.rijen}" th:text="${r.tekst}"
                th:if="${!m.rijen.empty and s.size > 0}">x</p><b>vet</b><i>schuin</i></body></html>""", "m",
                Kanaal.JSON.readTree("{\"rijen\": [{\"tekst\": \"één\"}]}"), null, true, 60_000, 1_000_000));
    }

    Bericht.Opgemaakt maakOp(Bericht.MaakOp verzoek) {
        Object model = Kanaal.JSON.treeToValue(verzoek.model(), Object.class);
        Context context = new Context(NEDERLANDS, Map.of(verzoek.naam(), model));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContextWrapper(beperkt));
        StringWriter geschreven = new StringWriter();
        thymeleaf.process(verzoek.sjabloon(), context, new Begrensd(geschreven, verzoek.maxTekens()));
        String html = geschreven.toString();
        int einde = html.lastIndexOf("</body>");
        if (verzoek.bijlage() != null && einde >= 0) {
            html = html.substring(0, einde) + verzoek.bijlage() + html.substring(einde);
        }
        // Read as the PDF reads it, also when no PDF is asked for: a tag left open is found when the template is checked.
        Document document = document(html);
        return new Bericht.Opgemaakt(html, verzoek.pdf() ? pdf(document) : null);
    }

    /**
     * What went wrong in a render, for the policy writer: Thymeleaf wraps an error once per level; the line is on one of
     * them, the reason on the deepest.
     */
    static Bericht.Fout fout(RuntimeException fout) {
        Integer regel = null;
        Integer kolom = null;
        Throwable oorzaak = fout;
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (regel == null && t instanceof TemplateProcessingException tp && tp.getLine() != null) {
                regel = tp.getLine();
                kolom = tp.getCol();
            }
            if (t instanceof TeGroot) {
                return new Bericht.Fout(t.getMessage(), regel == null ? 0 : regel, kolom == null ? 0 : kolom, Bericht.Opmaakfout.TE_GROOT);
            }
            if (t instanceof GeenXhtml) {
                return new Bericht.Fout(t.getMessage(), 0, 0, Bericht.Opmaakfout.XHTML);
            }
            oorzaak = t;
        }
        return new Bericht.Fout(oorzaak.getMessage(), regel == null ? 0 : regel, kolom == null ? 0 : kolom,
                Bericht.Opmaakfout.EXPRESSIE);
    }

    private byte[] pdf(Document document) {
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
                    .withW3cDocument(document, null)
                    .toStream(uit)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("De PDF kon niet worden opgemaakt", e);
        }
        return uit.toByteArray();
    }

    /** The rendered HTML as a DOM; no DTD or entity from outside is ever read. */
    private Document document(String html) {
        try {
            xml.reset();
            return xml.parse(new InputSource(new StringReader(html)));
        } catch (SAXException | IOException e) {
            throw new GeenXhtml("Het sjabloon gaf geen geldige XHTML: " + e.getMessage() + " Sluit elk element af (<br/>, "
                    + "<p>...</p>) en gebruik geen HTML-entiteiten als &nbsp;; schrijf het teken zelf of &#160;.", e);
        }
    }

    private static DocumentBuilder parser() {
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
    }

    /** SpEL with nothing but the model: map keys, a list's size, a loop's status; no types, methods or constructors. */
    private static EvaluationContext beperkteContext() {
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setPropertyAccessors(List.of(new Waardetoegang()));
        context.setMethodResolvers(List.of());
        context.setConstructorResolvers(List.of());
        context.setBeanResolver(null);
        context.setTypeLocator(naam -> {
            throw new SpelEvaluationException(SpelMessage.TYPE_NOT_FOUND, naam);
        });
        return context;
    }

    /** The only properties besides a map's keys: of a list, and of Thymeleaf's loop status. */
    private static final class Waardetoegang implements PropertyAccessor {

        @Override
        public Class<?>[] getSpecificTargetClasses() {
            return new Class<?>[] {List.class, IterationStatusVar.class};
        }

        @Override
        public boolean canRead(EvaluationContext context, Object doel, String naam) {
            return waarde(doel, naam) != null;
        }

        @Override
        public TypedValue read(EvaluationContext context, Object doel, String naam) throws AccessException {
            Object waarde = waarde(doel, naam);
            if (waarde == null) {
                throw new AccessException("'" + naam + "' bestaat niet");
            }
            return new TypedValue(waarde);
        }

        private static Object waarde(Object doel, String naam) {
            if (doel instanceof List<?> lijst) {
                return switch (naam) {
                    case "size" -> lijst.size();
                    case "empty" -> lijst.isEmpty();
                    default -> null;
                };
            }
            if (doel instanceof IterationStatusVar status) {
                return switch (naam) {
                    case "index" -> status.getIndex();
                    case "count" -> status.getCount();
                    case "size" -> status.getSize();
                    case "current" -> status.getCurrent();
                    case "even" -> status.isEven();
                    case "odd" -> status.isOdd();
                    case "first" -> status.isFirst();
                    case "last" -> status.isLast();
                    default -> null;
                };
            }
            return null;
        }

        @Override
        public boolean canWrite(EvaluationContext context, Object doel, String naam) {
            return false;
        }

        @Override
        public void write(EvaluationContext context, Object doel, String naam, Object waarde) throws AccessException {
            throw new AccessException("Een sjabloon wijzigt niets");
        }
    }

    /** A writer that refuses to grow past its budget: a template that explodes stops here. */
    private static final class Begrensd extends Writer {

        private final Writer doel;
        private final int maximum;
        private long geschreven;

        Begrensd(Writer doel, int maximum) {
            this.doel = doel;
            this.maximum = maximum;
        }

        @Override
        public void write(char[] tekens, int begin, int lengte) throws IOException {
            geschreven += lengte;
            if (geschreven > maximum) {
                throw new TeGroot(maximum);
            }
            doel.write(tekens, begin, lengte);
        }

        @Override
        public void flush() throws IOException {
            doel.flush();
        }

        @Override
        public void close() throws IOException {
            doel.close();
        }
    }

    /** The HTML is no XHTML, so the PDF cannot read it. */
    static final class GeenXhtml extends RuntimeException {

        GeenXhtml(String melding, Throwable oorzaak) {
            super(melding, oorzaak);
        }
    }

    /** The HTML of a template grew past its budget. */
    static final class TeGroot extends RuntimeException {

        TeGroot(int maximum) {
            super("Het sjabloon maakt meer dan " + Getal.van(maximum) + " tekens HTML; de opmaak is gestopt", null, false, false);
        }
    }

    private static byte[] lees(String naam) {
        try (InputStream in = Opmaak.class.getClassLoader().getResourceAsStream("publicatie/lettertypen/" + naam)) {
            if (in == null) {
                throw new IllegalStateException("Lettertype " + naam + " ontbreekt");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Lettertype " + naam + " ontbreekt", e);
        }
    }
}
