/**
 * Class disputes: many consumers' complaints against one merchant about one problem, handled together, with the
 * members' consent to be represented and the class's representatives.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "audit :: ui", "base", "base :: api", "base :: ui", "complaint", "complaint :: ui", "merchant",
        "notification", "security"})
package org.redress.dispute;

import org.springframework.modulith.ApplicationModule;
