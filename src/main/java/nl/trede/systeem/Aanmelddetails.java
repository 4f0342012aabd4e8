package nl.trede.systeem;

import java.io.Serializable;

/** Where a login attempt came from: the client's address and the way it logged in, for the record of attempts. */
record Aanmelddetails(String adres, Aanmeldpoging.Kanaal kanaal) implements Serializable {
}
