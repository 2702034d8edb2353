package org.redress.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The secret that lets a mediator's calendar program read their feed without signing in. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(length = 50)
    private String mediator;

    @Column(nullable = false, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String mediator, String token, Instant createdAt) {
        this.mediator = mediator;
        this.token = token;
        this.createdAt = createdAt;
    }

    String getToken() {
        return token;
    }

    void replace(String newToken, Instant at) {
        this.token = newToken;
        this.createdAt = at;
    }
}
