package nl.trede.audit;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads receipt documents back as records, and their facts as the objects the engine was given. */
@Component
class Bewijslezer {

    private final JsonMapper json;

    Bewijslezer(JsonMapper json) {
        this.json = json;
    }

    Bewijsdocument.Beoordeling beoordeling(Bewijs bewijs) {
        return json.readValue(bewijs.inhoud(), Bewijsdocument.Beoordeling.class);
    }

    Bewijsdocument.Verdeling verdeling(Bewijs bewijs) {
        return json.readValue(bewijs.inhoud(), Bewijsdocument.Verdeling.class);
    }

    Object feit(Bewijsdocument.Feit feit) {
        return json.treeToValue(feit.waarde(), Feitnamen.klasse(feit.type()));
    }

    <T> T waarde(tools.jackson.databind.JsonNode node, Class<T> soort) {
        return json.treeToValue(node, soort);
    }
}
