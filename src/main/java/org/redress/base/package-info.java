/**
 * Shared building blocks: configuration, the working-day calendar, the clock, and the portal layout in {@code base.ui}.
 */
package org.redress.base;
