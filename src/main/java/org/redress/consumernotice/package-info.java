/**
 * Progress notices to consumers who asked for them at intake (SMS and/or e-mail): the case accepted or rejected,
 * referred, answered, a session scheduled (with its .ics), an agreement binding, a payment recorded. Each notice is
 * written with the change it reports (an outbox), delivered afterwards with retries, and put on the case's timeline
 * as sent or failed; staff see failures on the case page and in a queue, and can send again.
 */
@ApplicationModule(allowedDependencies = {"agreement", "audit", "base", "base :: api", "base :: ui", "complaint",
        "complaint :: ui", "dispute", "mediation", "notification", "respondent", "security"})
package org.redress.consumernotice;

import org.springframework.modulith.ApplicationModule;
