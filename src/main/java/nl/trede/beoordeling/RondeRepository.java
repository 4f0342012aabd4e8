package nl.trede.beoordeling;

import nl.trede.systeem.AlleenToevoegen;
import org.springframework.data.repository.Repository;

/**
 * The runs with their beoordelingen and fired rules, each inserted once as one aggregate and never
 * changed (the receipts bind their rows). Reading is done by {@link BeoordelingRepository}'s queries.
 */
interface RondeRepository extends Repository<BewaardeRonde, Long>, AlleenToevoegen<BewaardeRonde> {
}
