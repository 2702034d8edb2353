package org.redress.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Stops password guessing without giving an attacker a way to lock a colleague out. Failures are counted per account
 * and client address: five within fifteen minutes block that account from that address for fifteen minutes, while
 * the owner signs in from their own desk as usual. An account attacked from many addresses is not locked but slowed:
 * past twenty failures in fifteen minutes every further attempt on it waits a second per ten failures (at most five).
 * Counts live in memory per instance (a restart forgets them; behind a load balancer each instance counts its own).
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ADDRESS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int SLOW_AFTER = 20;
    private static final int MAX_TRACKED = 100_000;

    private record Key(String username, String address) {
    }

    private final Map<Key, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> accountFailures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When the account may next be tried from this address, or null when it may now. */
    public Instant blockedUntil(String username, String address) {
        Deque<Instant> recent = failures.get(new Key(normal(username), address));
        if (recent == null) {
            return null;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() < MAX_FAILURES_PER_ADDRESS) {
                return null;
            }
            return recent.peekLast().plus(WINDOW);
        }
    }

    /** How long an attempt on the account waits because it is being attacked from many addresses. */
    Duration delay(String username) {
        Deque<Instant> recent = accountFailures.get(normal(username));
        if (recent == null) {
            return Duration.ZERO;
        }
        int count;
        synchronized (recent) {
            prune(recent);
            count = recent.size();
        }
        return count < SLOW_AFTER ? Duration.ZERO : Duration.ofSeconds(Math.min(5, 1 + (count - SLOW_AFTER) / 10));
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
            accountFailures.clear();
        }
        add(failures.computeIfAbsent(new Key(normal(username), address), k -> new ArrayDeque<>()));
        add(accountFailures.computeIfAbsent(normal(username), k -> new ArrayDeque<>()));
    }

    void succeeded(String username, String address) {
        failures.remove(new Key(normal(username), address));
    }

    /** An administrator reset the password or enabled the account: earlier failures no longer count. */
    void forget(String username) {
        String name = normal(username);
        failures.keySet().removeIf(key -> key.username().equals(name));
        accountFailures.remove(name);
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    private void add(Deque<Instant> recent) {
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
            while (recent.size() > 1_000) {
                recent.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String normal(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
