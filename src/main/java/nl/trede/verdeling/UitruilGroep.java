package nl.trede.verdeling;

import java.util.List;
import nl.trede.regels.Feit;

/** Fact: gemeenten that exchange regular places together, with their joint counted and indicatieve places. */
@Feit("UitruilGroep")
public record UitruilGroep(String groep, List<String> leden, int teltRegulier, int indicatiefRegulier) {
}
