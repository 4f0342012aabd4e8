package nl.trede.verdeling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.systeem.Jsonb;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A verdeling as stored, one aggregate written in one go: the whole result as JSONB (what GET returns),
 * and its gemeenten, exclusions and fired rules as rows, so that they can be queried.
 */
@Table("verdeling")
record BewaardeVerdeling(
        @Id Long id, String provincieCode, String provincie, String naam, boolean gepubliceerd, String toelichting,
        String regelsetVersie, int opgaveRegulier, int opgaveAmv, Jsonb invoer, Jsonb resultaat, String vastgelegdDoor,
        Instant vastgelegdOp,
        @MappedCollection(idColumn = "verdeling_id") Set<Gemeente> gemeenten,
        @MappedCollection(idColumn = "verdeling_id") Set<Uitsluiting> uitsluitingen,
        @MappedCollection(idColumn = "verdeling_id") Set<Regel> regels) {

    @Table("verdeling_gemeente")
    record Gemeente(String gemeente, int regulier, int amv, Integer restRegulier, Integer restAmv,
                    BigDecimal percentageRegulier, BigDecimal percentageAmv) {
    }

    /** The table's own id is left to the database: nothing refers to a single exclusion. */
    @Table("verdeling_uitsluiting")
    record Uitsluiting(String gemeente, String criterium, boolean regulier, boolean amv, String grondslag, String uitleg) {
    }

    @Table("verdeling_regel")
    record Regel(int volgnummer, String regel, String grondslag, String conclusies) {
    }

    /**
     * The verdeling {@code v}, which carries the id taken for it, with the request as received and its result as JSON.
     * The rows keep the order of the verdeling, so the exclusions get their ids in the order of the table, as before.
     */
    static BewaardeVerdeling van(Verdeling v, Jsonb invoer, Jsonb resultaat) {
        return new BewaardeVerdeling(v.id(), v.provincie(), v.provincieNaam(), v.naam(), v.gepubliceerd(), v.toelichting(),
                v.regelsetVersie(), v.regulier().opgave(), v.amv().opgave(), invoer, resultaat, v.vastgelegdDoor(), v.vastgelegdOp(),
                v.gemeenten().stream().map(g -> new Gemeente(g.gemeente(), g.regulier(), g.amv(), g.restRegulier(), g.restAmv(),
                        g.percentageRegulier(), g.percentageAmv())).collect(Collectors.toCollection(LinkedHashSet::new)),
                v.gemeenten().stream().flatMap(g -> g.uitgesloten().stream().map(u -> new Uitsluiting(g.gemeente(),
                        u.criterium().name(), u.soorten().contains(Soort.REGULIER), u.soorten().contains(Soort.AMV),
                        u.grondslag(), u.uitleg()))).collect(Collectors.toCollection(LinkedHashSet::new)),
                v.regels().stream().map(r -> new Regel(r.volgnummer(), r.regel(), r.grondslag(), String.join("\n", r.conclusies())))
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
