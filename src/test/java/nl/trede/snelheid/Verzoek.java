package nl.trede.snelheid;

/**
 * One call the load test makes: a page (form login, session cookie, CSRF token on a POST) or an API
 * call (HTTP Basic on every call), by a user of one role, and the status it should answer.
 */
record Verzoek(String methode, String pad, Wie wie, String soort, String inhoud, int verwacht) {

    /** Who asks, and how they log in. */
    enum Wie {
        ANONIEM(null, false),
        AUDITOR(Lastproef.AUDITOR, false),
        BELEID(Lastproef.BELEID, false),
        AUDITOR_API(Lastproef.AUDITOR, true),
        BELEID_API(Lastproef.BELEID, true),
        TOEZICHTHOUDER_API(Lastproef.TOEZICHTHOUDER, true);

        final String gebruiker;
        final boolean api;

        Wie(String gebruiker, boolean api) {
            this.gebruiker = gebruiker;
            this.api = api;
        }
    }

    static Verzoek pagina(String pad) {
        return new Verzoek("GET", pad, Wie.AUDITOR, null, null, 200);
    }

    static Verzoek api(String pad) {
        return new Verzoek("GET", pad, Wie.AUDITOR_API, null, null, 200);
    }

    /** A form posted from a page: {@code inhoud} is url-encoded, the session's CSRF token is added. */
    static Verzoek formulier(Wie wie, String pad, String inhoud) {
        return new Verzoek("POST", pad, wie, "application/x-www-form-urlencoded", inhoud, 200);
    }

    static Verzoek json(Wie wie, String pad, String inhoud, int verwacht) {
        return new Verzoek("POST", pad, wie, "application/json", inhoud, verwacht);
    }

    Verzoek verwacht(int status) {
        return new Verzoek(methode, pad, wie, soort, inhoud, status);
    }

    /** How the report names it: {@code GET /rondes/12}. */
    String naam() {
        return methode + " " + pad;
    }
}
