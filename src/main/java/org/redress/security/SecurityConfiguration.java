package org.redress.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.redress.base.api.ApiError;
import org.redress.base.api.ApiErrorWriter;
import org.redress.base.api.ApiLanguage;
import org.redress.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: a stateless HTTP Basic one for the JSON API under /api (CSRF off only there, since no browser
 * session carries its credentials), and Vaadin's form-login chain for the portal itself.
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize. JSR-250 is left off on purpose: with it, Spring would proxy every view carrying
// @RolesAllowed (which Vaadin's navigation access control reads), and views must not be proxies.
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Every sign-in, form or API: the password is checked only when the throttle allows an attempt. */
    @Bean
    ThrottledAuthentication signIn(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
                                   LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthentication(dao, throttle);
    }

    /**
     * An address the firewall refuses (encoded slashes, percent signs, NUL, path traversal) is answered with a JSON
     * error like every other refusal, not an empty 400.
     */
    @Bean
    RequestRejectedHandler rejectedAddresses() {
        return (request, response, e) -> ApiErrorWriter.write(response, ApiError.of(400, "api.rejectedAddress",
                ApiLanguage.of(request)));
    }

    @Bean
    CachedCredentials apiCredentials(ThrottledAuthentication signIn, Clock clock) {
        return new CachedCredentials(signIn, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, CachedCredentials credentials,
                                       AuthenticationEventPublisher events) throws Exception {
        ProviderManager manager = new ProviderManager(credentials.asProvider());
        // Keeps the failed-login counting (lockout) working for the API.
        manager.setAuthenticationEventPublisher(events);
        return http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        // Calendar programs cannot sign in: a mediator's feed is guarded by the token in its address.
                        .requestMatchers(HttpMethod.GET, "/api/v1/sessions/feeds/*").permitAll()
                        // A respondent's account reaches its own endpoints and nothing else, whatever a parameter
                        // says: refused before any request is read, not after.
                        .requestMatchers("/api/v1/respondent/**").hasRole(Role.RESPONDENT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/referrals/*/response")
                        .hasRole(Role.RESPONDENT.name())
                        .anyRequest().hasAnyRole(Role.STAFF.name(), Role.MEDIATOR.name(), Role.REGULATOR.name(),
                                Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrorWriter.unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiErrorWriter.unauthorized())
                        .accessDeniedHandler(ApiErrorWriter.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /**
     * Headers for every answer. The policy lets Vaadin run (its bootstrap and client engine use inline scripts and
     * eval, its components inline styles) while nothing is loaded from another origin, no page can frame the portal,
     * and forms post only to it.
     */
    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain portalFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/webjars/**", "/assets/**", "/actuator/health", "/error").permitAll());
        http.headers(SecurityConfiguration::headers);
        // Vaadin's own set-up exempts POST /login from the CSRF check (its login form posts without a token). The
        // login page signs in over Vaadin's channel instead (PortalSignIn), so only Vaadin's internal requests,
        // which carry Vaadin's own token, are exempt, and a cross-site POST to /login is refused.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }
}
