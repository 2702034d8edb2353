package org.redress.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One five-minute cell of a resource taken by a session. The table's unique key on (resource, cell) refuses the
 * second of two overlapping bookings, however close together they are made.
 */
@Entity
@Table(name = "booking_cell")
class BookingCell {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_cell_seq")
    @SequenceGenerator(name = "booking_cell_seq", sequenceName = "booking_cell_seq", allocationSize = 50)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(nullable = false, length = 250)
    private String resource;

    @Column(name = "cell_start", nullable = false)
    private Instant cellStart;

    protected BookingCell() {
    }

    BookingCell(Long sessionId, String resource, Instant cellStart) {
        this.sessionId = sessionId;
        this.resource = resource;
        this.cellStart = cellStart;
    }
}
