package org.redress.base.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiError} straight into the response, for errors raised before any controller runs (security,
 * unknown paths). It never uses {@code sendError}: that would dispatch to the portal's error and login pages, and a
 * partner's client would follow a redirect to HTML.
 */
public final class ApiErrorWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrorWriter() {
    }

    public static void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(error));
    }

    /** 401 with the Basic challenge, for missing or wrong credentials. */
    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Redress\", charset=\"UTF-8\"");
            write(response, ApiError.of(401, "api.unauthorized", ApiLanguage.of(request)));
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, ApiError.of(403, "api.forbidden", ApiLanguage.of(request)));
    }
}
