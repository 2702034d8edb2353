/**
 * Aggregated figures for regulators: counts and amounts by platform, category, status, never personal data.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: api", "base :: ui", "complaint", "merchant", "security"})
package org.redress.statistics;

import org.springframework.modulith.ApplicationModule;
