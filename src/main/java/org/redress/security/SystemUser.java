package org.redress.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the portal does by itself, away from any request (event listeners on their own threads, scheduled jobs,
 * seeding): it runs as "system" with the administrator's role, and the thread's previous identity is restored.
 */
public final class SystemUser {

    public static final String NAME = "system";

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        return callAs(NAME, Role.ADMIN, work);
    }

    public static void run(Runnable work) {
        runAs(NAME, Role.ADMIN, work);
    }

    /** Work the portal does on a person's behalf, in their name (a seeded mediator signing as mediator). */
    public static void runAs(String username, Role role, Runnable work) {
        callAs(username, role, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T callAs(String username, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
