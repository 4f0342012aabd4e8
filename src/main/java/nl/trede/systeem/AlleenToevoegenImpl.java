package nl.trede.systeem;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;

/** Spring Data finds this implementation of the fragment by its name. */
class AlleenToevoegenImpl<T> implements AlleenToevoegen<T> {

    private final JdbcAggregateOperations aggregaten;

    AlleenToevoegenImpl(JdbcAggregateOperations aggregaten) {
        this.aggregaten = aggregaten;
    }

    @Override
    public T voegToe(T aggregaat) {
        return aggregaten.insert(aggregaat);
    }
}
