package nl.trede.kern;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A cache of a few results that never change once computed (a compiled rule-set version, the comparison of
 * two stored runs). When full it starts afresh rather than tracking use: the entries are cheap to make
 * again and few are asked for at a time.
 */
public final class BegrensdeCache<K, V> {

    private final ConcurrentHashMap<K, V> waarden = new ConcurrentHashMap<>();
    private final int grootte;

    public BegrensdeCache(int grootte) {
        if (grootte < 1) {
            throw new IllegalArgumentException("Een cache bewaart ten minste één waarde");
        }
        this.grootte = grootte;
    }

    /** The value kept for {@code sleutel}, or the one {@code maak} gives, kept; a failure keeps nothing. */
    public V geef(K sleutel, Function<? super K, ? extends V> maak) {
        V bewaard = waarden.get(sleutel);
        if (bewaard != null) {
            return bewaard;
        }
        if (waarden.size() >= grootte) {
            waarden.clear();
        }
        return waarden.computeIfAbsent(sleutel, maak);
    }
}
