/**
 * Reading and writing the tabular files of every import and export: CSV (Commons CSV; comma or
 * semicolon, UTF-8 with or without BOM) and xlsx (POI, streaming), as one {@link nl.trede.bestand.Tabel}
 * whose rows carry the file's own line or spreadsheet row numbers; one typed cell reader with one
 * set of Dutch messages; the limits on size, rows and errors; one CSV writer for exports.
 */
@ApplicationModule(allowedDependencies = {"systeem"})
package nl.trede.bestand;

import org.springframework.modulith.ApplicationModule;
