package nl.trede.verdeling;

import java.util.List;

/** Fact: gemeenten that exchange regular places together, with their joint counted and indicatieve places. */
public record UitruilGroep(String groep, List<String> leden, int teltRegulier, int indicatiefRegulier) {
}
