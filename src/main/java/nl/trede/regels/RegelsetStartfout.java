package nl.trede.regels;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When trede does not start because of its rule set, the console says so in Dutch, without a stack
 * trace in the way: what is wrong, where, and what to do ({@code META-INF/spring.factories}).
 */
class RegelsetStartfout extends AbstractFailureAnalyzer<OngeldigeRegelsetException> {

    @Override
    protected FailureAnalysis analyze(Throwable fout, OngeldigeRegelsetException oorzaak) {
        String tekst = oorzaak.getMessage();
        int wat = tekst.indexOf("Wat te doen:");
        if (wat < 0) {
            return new FailureAnalysis(tekst, "Herstel de genoemde bestanden en start trede opnieuw.", oorzaak);
        }
        String actie = tekst.substring(wat + "Wat te doen:".length()).strip();
        return new FailureAnalysis(tekst.substring(0, wat).strip(), Character.toUpperCase(actie.charAt(0)) + actie.substring(1), oorzaak);
    }
}
