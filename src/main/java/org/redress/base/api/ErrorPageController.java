package org.redress.base.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container shows for an error no controller handled (a request it could not parse, a failure in
 * a filter): an {@link ApiError}, never the container's HTML page or a redirect to the login page.
 */
@RestController
class ErrorPageController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        String key = switch (status) {
            case 400 -> "api.unreadableRequest";
            case 401 -> "api.signInFirst";
            case 403 -> "api.forbidden";
            case 404 -> "api.noSuchAddress";
            case 405 -> "api.methodNotAllowedHere";
            case 413 -> "api.tooLarge";
            default -> "api.error";
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(status, key, ApiLanguage.of(request)));
    }
}
