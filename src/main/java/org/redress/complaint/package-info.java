/**
 * Complaint cases: intake, the status lifecycle with its 12315 deadlines, evidence, consent, the case views and the
 * complaints API.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "audit :: ui", "base", "base :: search", "base :: ui", "merchant", "notification", "security"})
package org.redress.complaint;

import org.springframework.modulith.ApplicationModule;
