package org.redress.complaint;

import java.util.EnumSet;
import java.util.Set;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.stereotype.Component;

/** Which role may take which step: recording an agreement and its fulfilment is the mediators' work. */
@Component
class TransitionRules {

    private static final Set<ComplaintStatus> MEDIATOR_STEPS =
            EnumSet.of(ComplaintStatus.AGREEMENT_REACHED, ComplaintStatus.FULFILLED);

    private final CurrentUser currentUser;

    TransitionRules(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean currentUserMay(ComplaintStatus target) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        if (MEDIATOR_STEPS.contains(target)) {
            return currentUser.hasRole(Role.MEDIATOR);
        }
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.MEDIATOR);
    }

    Set<ComplaintStatus> allowedForCurrentUser(ComplaintStatus from) {
        Set<ComplaintStatus> allowed = EnumSet.noneOf(ComplaintStatus.class);
        for (ComplaintStatus target : from.next()) {
            if (currentUserMay(target)) {
                allowed.add(target);
            }
        }
        return allowed;
    }
}
