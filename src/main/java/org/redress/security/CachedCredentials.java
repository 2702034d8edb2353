package org.redress.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers, for a minute, API credentials that BCrypt has just verified. The API is stateless, so every request
 * carries the password, and checking it with BCrypt costs about 80 ms on this hardware: far more than a search.
 * Only a SHA-256 of user and password is kept, never the password; any change to an account clears the cache, and
 * entries expire after {@link #TTL} so a disabled or locked account is refused within that time at the latest.
 */
class CachedCredentials {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 1000;

    private record Entry(Authentication authentication, Instant expires) {
    }

    private final AuthenticationProvider delegate;
    private final Clock clock;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    CachedCredentials(AuthenticationProvider delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    /**
     * The cache as an authentication provider for the API's own authentication manager. Not a bean of that type
     * itself: Spring Security would then use it for every sign-in.
     */
    AuthenticationProvider asProvider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return CachedCredentials.this.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    Authentication authenticate(Authentication authentication) {
        String key = key(authentication);
        Entry entry = verified.get(key);
        Instant now = clock.instant();
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.authentication();
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Entry(result, now.plus(TTL)));
        }
        return result;
    }

    void clear() {
        verified.clear();
    }

    private static String key(Authentication authentication) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(authentication.getName().toLowerCase().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
