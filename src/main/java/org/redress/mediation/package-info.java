/**
 * Mediation sessions: rooms, scheduling without double bookings (mediator, room, participants, working hours,
 * holidays, conflicts of interest), running and minuting a session, iCalendar export and feeds.
 */
package org.redress.mediation;
