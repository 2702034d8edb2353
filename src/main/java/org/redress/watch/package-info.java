/**
 * Watching merchants through their complaints: merchant search with complaint counts, a merchant's profile with
 * totals and its history, and the early warning of merchants that may be absconding. Above complaint, which it reads.
 */
@ApplicationModule(allowedDependencies = {"audit", "audit :: ui", "base", "base :: ui", "complaint",
        "complaint :: ui", "merchant", "search :: ui", "security"})
package org.redress.watch;

import org.springframework.modulith.ApplicationModule;
