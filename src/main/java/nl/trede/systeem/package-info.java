/**
 * What every capability leans on: the database (embedded PostgreSQL by default), security (login
 * form, HTTP Basic, personal access tokens, the throttle on passwords and its record), every error
 * as a Dutch page or problem+json, and the shared page layout.
 */
@ApplicationModule(allowedDependencies = {"kern"})
package nl.trede.systeem;

import org.springframework.modulith.ApplicationModule;
