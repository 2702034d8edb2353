/**
 * The audit trail: who changed what on a case, merchant or account, and when; shown as a timeline.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui"})
package org.redress.audit;

import org.springframework.modulith.ApplicationModule;
