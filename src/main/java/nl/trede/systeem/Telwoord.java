package nl.trede.systeem;

/** A count with its noun in the right number, for pages: "1 gemeente", "12 gemeenten", "0 gemeenten". */
public final class Telwoord {

    private Telwoord() {
    }

    public static String aantal(long aantal, String enkelvoud, String meervoud) {
        return aantal + " " + (aantal == 1 ? enkelvoud : meervoud);
    }
}
