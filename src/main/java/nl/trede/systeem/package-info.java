/**
 * What every capability leans on: the database (embedded PostgreSQL by default), security and its
 * users, error responses as problem+json, and the shared page layout.
 */
package nl.trede.systeem;
