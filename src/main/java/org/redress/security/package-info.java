/**
 * Accounts, roles, sign-in with lockout, and the HTTP security set-up for the portal and the API.
 */
@ApplicationModule(allowedDependencies = {"audit", "base", "base :: api", "base :: ui"})
package org.redress.security;

import org.springframework.modulith.ApplicationModule;
