/**
 * Merchants that consumers complain about, and the managed list of platforms they trade on.
 */
@ApplicationModule(allowedDependencies = {"audit", "base", "base :: search", "base :: ui", "security"})
package org.redress.merchant;

import org.springframework.modulith.ApplicationModule;
