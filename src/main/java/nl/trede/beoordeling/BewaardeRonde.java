package nl.trede.beoordeling;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.systeem.Jsonb;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run as stored, one aggregate written once: the ronde, per gemeente its beoordeling, and per
 * beoordeling the rules that fired (name, package, grondslag; the facts they matched are in the
 * beoordeling's receipt). Read back through the queries of {@link BeoordelingRepository}, which join
 * what a page shows.
 */
@Table("beoordelingsronde")
record BewaardeRonde(@Id Long id, String periode, String provincieCode, String provincie, String regelsetVersie,
                     String droolsVersie, String tredeVersie, String gestartDoor, Instant gestartOp, boolean voorlopig,
                     @MappedCollection(idColumn = "ronde_id") Set<Rij> beoordelingen) {

    @Table("beoordeling")
    record Rij(@Id Long id, String gemeente, long cijfersId, int trede, int vorigeTrede, VorigeTredeBron vorigeTredeBron,
               Grondslag grondslag, int taakstelling, int standBegin, int correcties, int totaalopgave, int realisatie,
               Integer tijdigGekoppeld, int standEinde, int ondergrens, int tredeOpTotaalopgave, boolean koppelingstekortGunstig,
               Jsonb uitleg, String kader, String kaderVersie,
               @MappedCollection(idColumn = "beoordeling_id") Set<Regel> regels) {
    }

    /** The table's own id is left to the database: nothing refers to a single fired rule. */
    @Table("gevuurde_regel")
    record Regel(int volgnummer, String regel, String pakket, String grondslag) {
    }

    /** The ronde with its beoordelingen (in their order) and the rules fired per gemeente; its id comes from the database. */
    static BewaardeRonde van(Beoordelingsronde r, List<Beoordeling> beoordelingen, Map<String, List<GevuurdeRegel>> regels,
                             JsonMapper json) {
        return new BewaardeRonde(null, r.periode(), r.provincieCode(), r.provincie(), r.regelsetVersie(), r.droolsVersie(),
                r.tredeVersie(), r.gestartDoor(), r.gestartOp(), r.voorlopig(), beoordelingen.stream().map(b -> new Rij(null,
                        b.gemeente(), b.cijfersId(), b.voorgesteldeTrede(), b.vorigeTrede(), b.vorigeTredeBron(), b.grondslag(),
                        b.taakstelling(), b.standBegin(), b.correcties(), b.totaalopgave(), b.realisatie(), b.tijdigGekoppeld(),
                        b.standEinde(), b.ondergrens(), b.tredeOpTotaalopgave(), b.koppelingstekortGunstig(),
                        new Jsonb(json.writeValueAsString(b.uitleg())), b.kader(), b.kaderVersie(),
                        regels.getOrDefault(b.gemeente(), List.of()).stream()
                                .map(g -> new Regel(g.volgnummer(), g.regel(), g.pakket(), g.grondslag()))
                                .collect(Collectors.toCollection(LinkedHashSet::new))))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Per gemeente the id the database gave its beoordeling. */
    Map<String, Long> idPerGemeente() {
        return beoordelingen.stream().collect(Collectors.toMap(Rij::gemeente, Rij::id));
    }
}
