package org.redress.respondent;

/** The respondent organisation created and its account. Field names are part of the API. */
public record RespondentCreated(long id, String username, RespondentKind kind, String name) {
}
