/**
 * Shared building blocks: configuration, the working-day calendar, the clock, and the portal layout in {@code base.ui}.
 */
@ApplicationModule(allowedDependencies = {})
package org.redress.base;

import org.springframework.modulith.ApplicationModule;
