/** Sessions, calendars, rooms and declared ties in the portal. */
package org.redress.mediation.ui;
