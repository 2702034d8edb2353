/**
 * Mediation sessions: rooms, scheduling without double bookings (mediator, room, participants, working hours,
 * holidays, conflicts of interest), running and minuting a session, iCalendar export and feeds.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "audit :: ui", "base", "base :: ui", "complaint", "complaint :: ui", "dispute", "dispute :: ui",
        "merchant", "security"})
package org.redress.mediation;

import org.springframework.modulith.ApplicationModule;
