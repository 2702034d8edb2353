/**
 * Mediation agreements (调解协议书): drafts kept version by version, signatures, the frozen binding text with its
 * SHA-256, amendments, and the obligations that are tracked until honoured.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "audit :: ui", "base", "base :: api", "base :: ui", "complaint", "complaint :: ui", "dispute", "dispute :: ui",
        "mediation", "merchant", "notification", "security"})
package org.redress.agreement;

import org.springframework.modulith.ApplicationModule;
