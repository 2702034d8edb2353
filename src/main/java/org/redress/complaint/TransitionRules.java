package org.redress.complaint;

import java.util.EnumSet;
import java.util.Set;
import org.redress.security.CurrentUser;
import org.redress.security.Role;

/** Which role may take which step: recording an agreement and its fulfilment is the mediators' work. */
final class TransitionRules {

    private static final Set<ComplaintStatus> MEDIATOR_STEPS =
            EnumSet.of(ComplaintStatus.AGREEMENT_REACHED, ComplaintStatus.FULFILLED);

    private TransitionRules() {
    }

    static boolean currentUserMay(ComplaintStatus target) {
        if (CurrentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        if (MEDIATOR_STEPS.contains(target)) {
            return CurrentUser.hasRole(Role.MEDIATOR);
        }
        return CurrentUser.hasRole(Role.STAFF) || CurrentUser.hasRole(Role.MEDIATOR);
    }

    static Set<ComplaintStatus> allowedForCurrentUser(ComplaintStatus from) {
        Set<ComplaintStatus> allowed = EnumSet.noneOf(ComplaintStatus.class);
        for (ComplaintStatus target : from.next()) {
            if (currentUserMay(target)) {
                allowed.add(target);
            }
        }
        return allowed;
    }
}
