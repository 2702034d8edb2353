/**
 * Respondents: the merchants, platforms and payment providers complaints are referred to, their accounts, referrals
 * with due dates on the working-day calendar, and their answers, timely or late. A respondent sees only what is
 * referred to its own organisation.
 */
@ApplicationModule(allowedDependencies = {"audit", "base", "base :: api", "base :: ui", "complaint", "complaint :: ui",
        "dispute", "merchant", "security", "security :: ui"})
package org.redress.respondent;

import org.springframework.modulith.ApplicationModule;
