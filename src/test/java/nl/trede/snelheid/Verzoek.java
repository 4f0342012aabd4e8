package nl.trede.snelheid;

/**
 * One call the load test makes: a page (form login, session cookie, CSRF token on a POST) or an API
 * call (a personal access token, or HTTP Basic, on every call), by a user of one role, and the status it should answer.
 */
record Verzoek(String methode, String pad, Wie wie, String soort, String inhoud, int verwacht) {

    /** Who asks, and how they log in: a session (form), HTTP Basic, or a token made once on /tokens ({@code rol}). */
    enum Wie {
        ANONIEM(null, false, null),
        AUDITOR(Lastproef.AUDITOR, false, null),
        BELEID(Lastproef.BELEID, false, null),
        AUDITOR_API(Lastproef.AUDITOR, true, null),
        AUDITOR_TOKEN(Lastproef.AUDITOR, true, "AUDITOR"),
        TOEZICHTHOUDER_TOKEN(Lastproef.TOEZICHTHOUDER, true, "TOEZICHTHOUDER"),
        BELEID_TOKEN(Lastproef.BELEID, true, "BELEIDSMEDEWERKER");

        final String gebruiker;
        final boolean api;
        final String tokenrol;

        Wie(String gebruiker, boolean api, String tokenrol) {
            this.gebruiker = gebruiker;
            this.api = api;
            this.tokenrol = tokenrol;
        }
    }

    static Verzoek pagina(String pad) {
        return new Verzoek("GET", pad, Wie.AUDITOR, null, null, 200);
    }

    /** As a script calls the API: with a personal access token. */
    static Verzoek api(String pad) {
        return new Verzoek("GET", pad, Wie.AUDITOR_TOKEN, null, null, 200);
    }

    /** The same call with HTTP Basic: a password checked (bcrypt) on every call. */
    static Verzoek basic(String pad) {
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
        return methode + " " + pad + (wie == Wie.AUDITOR_API ? " (HTTP Basic)" : "");
    }
}
