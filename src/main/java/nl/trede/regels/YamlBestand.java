package nl.trede.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML files of a rule set (a kader's {@code kader.yaml}, the parameters, the scenarios) bound
 * to records by Jackson. A field the record does not know is refused instead of silently ignored
 * (a typo such as {@code taakstellng} would otherwise test nothing), and every error names the line
 * of the file and the field, in Dutch.
 */
final class YamlBestand {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // a count written as 2.5 or as quoted text is an error, not silently rounded or converted
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private YamlBestand() {
    }

    /** The file as one {@code type}; null for an empty file. */
    static <T> T lees(String inhoud, Class<T> type) {
        try {
            return MAPPER.readValue(inhoud, type);
        } catch (JacksonException e) {
            throw new Fout(e, inhoud);
        }
    }

    /** Every document of the file ({@code ---} between them) as a tree, with the line it starts on. */
    static List<Document> documenten(String inhoud) {
        List<Document> documenten = new ArrayList<>();
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(inhoud)) {
            while (it.hasNextValue()) {
                int regel = it.parser().currentTokenLocation().getLineNr();
                documenten.add(new Document(documenten.size(), regel, it.nextValue()));
            }
        } catch (JacksonException e) {
            throw new Fout(e, inhoud);
        }
        return documenten;
    }

    /** Document {@code nummer} (from 0) of the file as one {@code type}; the documents before it are skipped unread. */
    static <T> T leesDocument(String inhoud, int nummer, Class<T> type) {
        try (JsonParser parser = MAPPER.createParser(inhoud)) {
            for (int i = 0; i < nummer; i++) {
                parser.nextToken();
                parser.skipChildren();
            }
            parser.nextToken();
            // The documents after this one are no trailing rubbish: Jackson 3 refuses trailing tokens by default.
            return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser);
        } catch (JacksonException e) {
            throw new Fout(e, inhoud);
        }
    }

    record Document(int nummer, int regel, JsonNode inhoud) {
    }

    /** What Jackson could not read, in Dutch: the field's place ({@code 'gemeenten', rij 2, 'taakstelling'}) and what is wrong. */
    static final class Fout extends RuntimeException {

        private final int regel;

        private Fout(JacksonException e, String inhoud) {
            super(melding(e), e);
            TokenStreamLocation plek = e.getLocation();
            int regel = plek == null ? 0 : Math.max(plek.getLineNr(), 0);
            this.regel = e instanceof UnrecognizedPropertyException onbekend && plek != null
                    ? regelVanVeld(inhoud, plek, onbekend.getPropertyName(), regel) : regel;
        }

        /**
         * The line of an unknown field. Jackson reads the fields of a record before it refuses one, and then stands
         * at the end of the record (for a folded text, lines further): the field is the last key of that name before it.
         */
        private static int regelVanVeld(String inhoud, TokenStreamLocation eind, String veld, int anders) {
            long tot = eind.getCharOffset();
            if (tot < 0 || tot > inhoud.length()) {
                return anders;
            }
            Matcher sleutel = Pattern.compile("(?m)(?:^[ \\t]*(?:-[ \\t]+)?|[{,][ \\t]*)" + Pattern.quote(veld) + "[ \\t]*:")
                    .matcher(inhoud).region(0, (int) tot);
            int begin = -1;
            while (sleutel.find()) {
                begin = sleutel.end();
            }
            return begin < 0 ? anders : (int) inhoud.substring(0, begin).chars().filter(c -> c == '\n').count() + 1;
        }

        /** The line of the file, 0 when unknown. */
        int regel() {
            return regel;
        }

        /** "regel 7, 'gemeenten', rij 1, 'taakstelling': ..." for a text without a separate line. */
        String metRegel() {
            return (regel > 0 ? "regel " + regel + ", " : "") + getMessage();
        }

        private static String melding(JacksonException e) {
            List<JacksonException.Reference> pad = e.getPath();
            if (e instanceof UnrecognizedPropertyException onbekend) {
                String waar = plek(pad.subList(0, Math.max(pad.size() - 1, 0)));
                return (waar.isEmpty() ? "" : waar + ": ") + "onbekend veld '" + onbekend.getPropertyName() + "'; bekend zijn: "
                        + onbekend.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            }
            String waar = plek(pad);
            Class<?> doel = e instanceof MismatchedInputException m ? m.getTargetType()
                    : e instanceof InputCoercionException c ? c.getTargetType() : null;
            if (doel == null || (waar.isEmpty() && !(e instanceof MismatchedInputException))) {
                return "Geen geldige YAML: " + e.getOriginalMessage();
            }
            String waarde = e instanceof InvalidFormatException f ? " (staat er: " + f.getValue() + ")" : "";
            String wat = e instanceof InputCoercionException ? "is te groot voor een geheel getal" : "hoort " + soort(doel) + " te zijn" + waarde;
            return (waar.isEmpty() ? "het bestand" : waar) + ": " + wat;
        }

        private static String soort(Class<?> doel) {
            if (doel == Integer.class || doel == int.class || doel == Long.class || doel == long.class) {
                return "een geheel getal";
            }
            if (doel == BigDecimal.class || doel == Double.class || doel == double.class) {
                return "een getal";
            }
            if (doel == Boolean.class || doel == boolean.class) {
                return "true of false";
            }
            if (doel == String.class) {
                return "tekst";
            }
            if (doel == LocalDate.class) {
                return "een datum (JJJJ-MM-DD)";
            }
            if (Collection.class.isAssignableFrom(doel)) {
                return "een lijst";
            }
            return Map.class.isAssignableFrom(doel) || doel.isRecord() ? "een lijst velden (naam: waarde)" : "een andere waarde";
        }

        /** {@code 'gemeenten', rij 2, 'taakstelling'}: rows counted from 1, as a policy writer counts them. */
        private static String plek(List<JacksonException.Reference> pad) {
            return pad.stream().map(stap -> stap.getPropertyName() != null ? "'" + stap.getPropertyName() + "'"
                    : "rij " + (stap.getIndex() + 1)).collect(Collectors.joining(", "));
        }
    }
}
