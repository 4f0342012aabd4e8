package nl.trede.publicatie;

import java.util.Optional;
import nl.trede.audit.Bewijzen;
import nl.trede.audit.OndertekendeKop;

/**
 * What the verification annex of a letter or report shows: the head of the audit trede signed last when the
 * document was made, the signature and the public key to check it; without a signed head yet, the unsigned head.
 * {@code kop} and {@code aantal} are also what the footers of the templates show.
 */
record Verificatiebijlage(String kop, String aantal, String tekst, String handtekening, String sleutel, String publiekeSleutel) {

    static Verificatiebijlage van(Bewijzen bewijzen) {
        Optional<OndertekendeKop> ondertekend = bewijzen.ondertekendeKop();
        if (ondertekend.isEmpty()) {
            var kop = bewijzen.kop();
            return new Verificatiebijlage(kop.hash(), String.valueOf(kop.aantal()), null, null, null, null);
        }
        OndertekendeKop kop = ondertekend.get();
        return new Verificatiebijlage(kop.kop(), String.valueOf(kop.aantal()), kop.tekst(), kop.handtekening(), kop.sleutel(),
                bewijzen.publiekeSleutel());
    }
}
