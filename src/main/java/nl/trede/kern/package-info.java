/**
 * The shared kernel: values every capability uses and none owns ({@link nl.trede.kern.Periode},
 * {@link nl.trede.kern.GemeenteCode}) and the one way trede hashes ({@link nl.trede.kern.Sha256}). It depends
 * on no capability and holds no state, service or table; every capability may use it.
 */
@ApplicationModule(allowedDependencies = {})
package nl.trede.kern;

import org.springframework.modulith.ApplicationModule;
