package org.redress.base;

import java.util.Collection;
import java.util.Optional;

/**
 * Whether a mediator's declared ties bar them from a case. Declared in mediation; asked wherever a mediator is put
 * on a case (assignment, a dispute's lead mediator, a session).
 */
public interface ConflictOfInterest {

    /** Why {@code mediator} may not handle a case against this merchant/platform with these parties, or empty. */
    Optional<Message> tieBlocking(String mediator, Long merchantId, Collection<String> platformNames,
                                 Collection<String> partyNames);
}
