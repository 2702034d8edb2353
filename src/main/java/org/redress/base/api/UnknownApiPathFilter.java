package org.redress.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Answers 404 in JSON for an address under /api that no controller serves. Without it the request falls through to
 * the portal, which answers 200 with its HTML page. A known address asked with another method is left to the
 * controllers, which answer 405.
 */
@Component
class UnknownApiPathFilter extends OncePerRequestFilter {

    private final RequestMappingHandlerMapping mappings;

    UnknownApiPathFilter(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean known;
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            known = mappings.getHandler(request) != null;
        } catch (Exception wrongMethodOrMediaType) {
            known = true;
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
        }
        if (known) {
            chain.doFilter(request, response);
        } else {
            ApiErrorWriter.write(response, ApiError.of(404, "api.noSuchPath", ApiLanguage.of(request),
                    request.getMethod(), request.getRequestURI()));
        }
    }
}
