package org.redress.statistics;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A statistics export running (or finished) in the background; the view polls it for progress. */
public final class ExportJob {

    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String owner;
    private final String fileName;
    private final ExportFormat format;
    private final Instant startedAt;
    private final AtomicLong rowsWritten = new AtomicLong();
    private volatile long rowsExpected;
    private volatile State state = State.RUNNING;
    private volatile Path file;
    private volatile String error;
    private volatile Instant finishedAt;
    private volatile boolean withheld;

    ExportJob(String id, String owner, String fileName, ExportFormat format, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.format = format;
        this.startedAt = startedAt;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String fileName() {
        return fileName;
    }

    public ExportFormat format() {
        return format;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public State state() {
        return state;
    }

    public long rowsWritten() {
        return rowsWritten.get();
    }

    public long rowsExpected() {
        return rowsExpected;
    }

    /** Share done between 0 and 1, for a progress bar. */
    public double progress() {
        if (state == State.DONE) {
            return 1;
        }
        long expected = rowsExpected;
        return expected <= 0 ? 0 : Math.min(1, (double) rowsWritten.get() / expected);
    }

    /** True when the selection had too few consumers to export anything (the file holds only the notes). */
    public boolean withheld() {
        return withheld;
    }

    void withhold() {
        withheld = true;
    }

    public String error() {
        return error;
    }

    public Path file() {
        return file;
    }

    void expect(long rows) {
        rowsExpected = rows;
    }

    void wrote() {
        rowsWritten.incrementAndGet();
    }

    void done(Path result, Instant at) {
        file = result;
        finishedAt = at;
        state = State.DONE;
    }

    void failed(String message, Instant at) {
        error = message;
        finishedAt = at;
        state = State.FAILED;
    }
}
