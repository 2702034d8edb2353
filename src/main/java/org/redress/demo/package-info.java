/**
 * Demo profile: demo accounts and a realistic set of complaints, seeded on first start.
 */
@ApplicationModule(allowedDependencies = {
        "agreement", "base", "complaint", "dispute", "duplicate", "mediation", "merchant", "respondent", "security"})
package org.redress.demo;

import org.springframework.modulith.ApplicationModule;
