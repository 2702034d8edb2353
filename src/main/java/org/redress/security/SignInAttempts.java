package org.redress.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds failed and successful sign-ins (form and API alike) to the {@link LoginThrottle}. */
@Component
class SignInAttempts {

    private final LoginThrottle throttle;

    SignInAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        throttle.failed(event.getAuthentication().getName(), LoginThrottle.addressOf(event.getAuthentication()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName(), LoginThrottle.addressOf(event.getAuthentication()));
    }
}
