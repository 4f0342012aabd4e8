package nl.trede.audit;

/** The walk along the hash chain: how many receipts were checked, and the first broken link if any. */
public record Verificatie(long gecontroleerd, boolean intact, Breuk eersteBreuk) {

    public record Breuk(long bewijs, String soort, long ronde, String gemeente, String reden) {
    }
}
