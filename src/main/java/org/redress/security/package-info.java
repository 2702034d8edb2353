/**
 * Accounts, roles, sign-in with lockout, and the HTTP security set-up for the portal and the API.
 */
package org.redress.security;
