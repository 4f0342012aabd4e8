package nl.trede.regels.werker;

import java.util.List;
import nl.trede.regels.GevuurdeRegel;

/** What one session (or one round of a stateful one) gave inside the worker: the facts it inserted and the rules that fired. */
record Resultaat(List<Object> conclusies, List<GevuurdeRegel> gevuurd) {
}
