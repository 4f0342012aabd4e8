package nl.trede.verdeling;

import java.util.List;
import java.util.Optional;
import nl.trede.systeem.AlleenToevoegen;
import nl.trede.systeem.Jsonb;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored verdelingen: each inserted once as an aggregate ({@link #voegToe}), never updated. They
 * are read back as the stored result (JSONB), which is what the API returns; loading the rows of the
 * aggregate to rebuild it would only repeat that. Callers run {@link #voegToe} in one transaction.
 */
interface VerdelingRepository extends Repository<BewaardeVerdeling, Long>, AlleenToevoegen<BewaardeVerdeling> {

    /**
     * Stores the verdeling with the request as received ({@code invoer}; null for a published besluit) and
     * returns it with its id. The stored result carries its own id, and rows are never updated: the id is taken first.
     */
    default Verdeling bewaar(Verdeling verdeling, VerdelingVerzoek invoer, JsonMapper json) {
        Verdeling bewaard = verdeling.metId(nieuwId());
        voegToe(BewaardeVerdeling.van(bewaard, invoer == null ? null : new Jsonb(json.writeValueAsString(invoer)),
                new Jsonb(json.writeValueAsString(bewaard))));
        return bewaard;
    }

    @Query("select nextval(pg_get_serial_sequence('verdeling', 'id'))")
    long nieuwId();

    @Query("select resultaat::text from verdeling where id = :id")
    Optional<String> resultaat(long id);

    /** Newest first. */
    @Query("select resultaat::text from verdeling order by id desc")
    List<String> resultaten();

    @Query("select count(*) > 0 from verdeling where gepubliceerd and provincie_code = :provincieCode and naam = :naam")
    boolean gepubliceerdBestaat(String provincieCode, String naam);
}
