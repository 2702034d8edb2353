package org.redress.base.api;

import java.util.Locale;
import java.util.Map;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception a controller under /api raises into a JSON {@link ApiError} with the right status: the
 * service's own exceptions (400, 404, 409, 403), what Spring MVC refuses before a controller runs (405, 406, 413,
 * 415, unreadable bodies and parameters), and a 500 without internals for anything unforeseen (logged).
 */
// For every handler, and for requests no handler took (405, 415 are raised before one is chosen).
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(ApiError.invalid(e.fieldMessages(), locale()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(ApiError.of(400, "api.unreadable", locale()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ApiError.invalid(Map.of(e.getName(),
                Message.of("error.base.notValidValue", String.valueOf(e.getValue()))), locale()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(ApiError.invalid(Map.of(e.getParameterName(),
                Message.of("validation.required")), locale()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return ResponseEntity.badRequest().body(ApiError.invalid(Map.of(e.getRequestPartName(),
                Message.of("validation.required")), locale()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiError.of(413, "api.tooLarge", locale()));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> badMultipart(MultipartException e) {
        return ResponseEntity.badRequest().body(ApiError.of(400, "api.badMultipart", locale()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        var response = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED);
        if (e.getSupportedHttpMethods() != null) {
            response.allow(e.getSupportedHttpMethods().toArray(HttpMethod[]::new));
        }
        return response.body(ApiError.of(405, "api.methodNotAllowed", locale(), e.getMethod(),
                e.getSupportedMethods() == null ? "—" : String.join(", ", e.getSupportedMethods())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(415, "api.mediaType", locale(),
                String.valueOf(e.getContentType()), String.valueOf(e.getSupportedMediaTypes())));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        // The body is JSON whatever was asked for: a client that accepts nothing else still learns why.
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(406, "api.notAcceptable", locale(), String.valueOf(e.getSupportedMediaTypes())));
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ApiError> notFound(Exception e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(e instanceof NotFoundException missing
                ? ApiError.of(404, missing.text(), locale()) : ApiError.of(404, "api.noSuchAddress", locale()));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ApiError> conflict(BusinessRuleException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, e.text(), locale()));
    }

    /** Two users changed the same record at the same moment: the later one is refused, nothing is overwritten. */
    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<ApiError> concurrent(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "api.concurrent", locale()));
    }

    /** A constraint the checks before the database missed; nothing was stored. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
        log.warn("Refused by the database: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "api.integrity", locale()));
    }

    @ExceptionHandler(CannotGetJdbcConnectionException.class)
    ResponseEntity<ApiError> busy(CannotGetJdbcConnectionException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "2").body(ApiError.of(
                503, "api.busy", locale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(e instanceof NotPermittedException refused
                ? ApiError.of(403, refused.text(), locale()) : ApiError.of(403, "api.forbidden", locale()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unforeseen(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            int status = known.getStatusCode().value();
            return ResponseEntity.status(status).body(ApiError.of(status, "api.refused", locale()));
        }
        log.error("Unforeseen error in the API", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of(500, "api.unforeseen",
                locale()));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
