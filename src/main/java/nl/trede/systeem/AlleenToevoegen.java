package nl.trede.systeem;

/**
 * A repository fragment for an aggregate that is written once and never changed (a verdeling:
 * the audit chain binds its rows, and triggers refuse an UPDATE or DELETE). A
 * repository that extends only {@code Repository} and this has no {@code save}, so no code can
 * turn an insert into an update by passing an id.
 */
public interface AlleenToevoegen<T> {

    /** Inserts the aggregate with all its children, also when its id was taken beforehand. */
    T voegToe(T aggregaat);
}
