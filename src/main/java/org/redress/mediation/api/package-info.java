/** Mediation sessions over HTTP: scheduling, clashes, free slots, iCalendar feeds. */
package org.redress.mediation.api;
