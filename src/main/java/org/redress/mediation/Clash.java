package org.redress.mediation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import org.redress.base.Message;

/**
 * Why a booking is refused: its kind, the other session it runs into (if any, with its time) and the explanation,
 * which partner systems read as {@code message} in the language they asked for.
 */
public record Clash(ClashKind kind, Long sessionId, OffsetDateTime start, OffsetDateTime end,
                    @JsonIgnore Message text) {

    @JsonProperty("message")
    public String message() {
        return text.text();
    }
}
