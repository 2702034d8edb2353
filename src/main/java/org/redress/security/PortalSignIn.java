package org.redress.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a user in from the portal's login page. The page sends the credentials over Vaadin's own channel, which
 * carries Vaadin's anti-forgery token, rather than as a plain form POST that any other site could make a browser
 * send; the plain POST /login is therefore left to Spring Security's CSRF check. The session id changes at
 * sign-in, so a session id planted before it is worthless after it.
 */
@Component
public class PortalSignIn {

    private final ProviderManager manager;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PortalSignIn(ThrottledAuthentication signIn, AuthenticationEventPublisher events) {
        this.manager = new ProviderManager(signIn);
        this.manager.setAuthenticationEventPublisher(events);
    }

    /** True when signed in; false for any failure, whatever its cause, so the page says one thing for all. */
    public boolean signIn(String username, String password, HttpServletRequest request,
                          HttpServletResponse response) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                username == null ? "" : username.strip(), password == null ? "" : password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        Authentication authenticated;
        try {
            authenticated = manager.authenticate(attempt);
        } catch (AuthenticationException e) {
            return false;
        }
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticated);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return true;
    }
}
