package nl.trede.systeem;

/**
 * A PostgreSQL {@code jsonb} value in a Spring Data JDBC aggregate: JSON text that the database
 * stores as jsonb. Spring Data would bind a plain String as varchar, which PostgreSQL refuses for a
 * jsonb column; {@link JdbcConfiguratie} converts this type both ways.
 */
public record Jsonb(String tekst) {
}
