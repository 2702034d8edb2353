package org.redress.statistics;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.redress.base.RedressProperties;
import org.redress.security.CurrentUser;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports of any size, written in the background to a file under the data directory so that neither a row cap nor a
 * request time-out applies; the user follows the progress and downloads the file when it is ready. Jobs belong to
 * the user who started them and are forgotten (file deleted) after a day.
 */
@Service
public class StatisticsExports {

    private static final Logger log = LoggerFactory.getLogger(StatisticsExports.class);
    static final Duration KEEP = Duration.ofHours(24);

    private final ReportQueries queries;
    private final StatisticsService statistics;
    private final StatisticsProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Path directory;
    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("statistics-export-", 1).daemon().factory());

    StatisticsExports(ReportQueries queries, StatisticsService statistics, StatisticsProperties properties,
                      CurrentUser currentUser, Clock clock, RedressProperties redress) {
        this.queries = queries;
        this.statistics = statistics;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
        this.directory = redress.dataDir().resolve("exports");
    }

    /** Starts a grouped report export (small groups merged into "other"). */
    @PreAuthorize(Roles.AGGREGATE_READERS)
    public ExportJob startReport(StatisticsFilter filter, List<Dimension> groupBy, ExportFormat format,
                                 String fileName, ExportLanguage language) {
        String user = currentUser.usernameOrSystem();
        ExportLabels labels = statistics.labels(language);
        return start(user, fileName, format, (job, out) -> {
            Report report = SmallCells.protect(filter, groupBy, properties.minConsumers(),
                    queries.group(filter, groupBy), () -> queries.other(filter, groupBy, properties.minConsumers()));
            job.expect(report.rows().size());
            List<String> columns = ReportTable.header(report);
            try (TableWriter writer = TableWriter.open(format, out, ExportNotes.of(filter, user,
                    properties.minConsumers(), report.suppression(), clock, language), labels.header(columns),
                    language.notesLocale())) {
                for (ReportRow row : report.rows()) {
                    writer.row(labels.row(columns, ReportTable.values(row)));
                    job.wrote();
                }
            }
        });
    }

    /**
     * Starts an export of one anonymised record per complaint (no personal fields; merchants and provinces with
     * fewer than k consumers written as "other").
     */
    @PreAuthorize(Roles.AGGREGATE_READERS)
    public ExportJob startRecords(StatisticsFilter filter, ExportFormat format, String fileName,
                                  ExportLanguage language) {
        String user = currentUser.usernameOrSystem();
        int k = properties.minConsumers();
        ExportLabels labels = statistics.labels(language);
        List<String> columns = ReportQueries.RECORD_COLUMNS;
        if (queries.consumers(filter) < k) {
            // So few consumers that any record could point at one: the file holds the notes and no record.
            ExportJob withheld = start(user, "redress-records_withheld." + format.extension(), format,
                    (job, out) -> TableWriter.open(format, out, ExportNotes.of(filter, user, k,
                            Message.of("export.note.withheld", k), clock, language), labels.header(columns),
                            language.notesLocale()).close());
            withheld.withhold();
            return withheld;
        }
        return start(user, fileName, format, (job, out) -> {
            job.expect(queries.count(filter));
            try (TableWriter writer = TableWriter.open(format, out, ExportNotes.of(filter, user, k,
                    Message.of("export.note.recordsOther", k), clock, language), labels.header(columns),
                    language.notesLocale())) {
                queries.records(filter, k, row -> {
                    writer.row(labels.row(columns, row));
                    job.wrote();
                });
            }
        });
    }

    /** The current user's job with this id. */
    @PreAuthorize(Roles.AGGREGATE_READERS)
    public Optional<ExportJob> job(String id) {
        String user = currentUser.usernameOrSystem();
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(user));
    }

    /** The current user's jobs, newest first. */
    @PreAuthorize(Roles.AGGREGATE_READERS)
    public List<ExportJob> myJobs() {
        String user = currentUser.usernameOrSystem();
        return jobs.values().stream().filter(job -> job.owner().equals(user))
                .sorted(Comparator.comparing(ExportJob::startedAt).reversed()).toList();
    }

    @FunctionalInterface
    private interface Work {
        void run(ExportJob job, OutputStream out) throws IOException;
    }

    private ExportJob start(String user, String fileName, ExportFormat format, Work work) {
        forgetOldJobs();
        ExportJob job = new ExportJob(UUID.randomUUID().toString(), user, fileName, format, clock.instant());
        jobs.put(job.id(), job);
        workers.submit(() -> {
            Path file = directory.resolve(job.id() + "." + format.extension());
            Path part = directory.resolve(job.id() + ".part");
            try {
                Files.createDirectories(directory);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                    work.run(job, out);
                }
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                job.done(file, clock.instant());
                log.info("Export {} for {} finished: {} rows", job.fileName(), user, job.rowsWritten());
            } catch (Exception | LinkageError | OutOfMemoryError e) {
                // Errors too: a job left RUNNING forever would keep the user waiting for a file that never comes.
                log.error("Export {} for {} failed", job.fileName(), user, e);
                job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
                deleteQuietly(part);
            }
        });
        return job;
    }

    private void forgetOldJobs() {
        var cutoff = clock.instant().minus(KEEP);
        jobs.values().removeIf(job -> {
            boolean old = job.finishedAt() != null && job.finishedAt().isBefore(cutoff);
            if (old && job.file() != null) {
                deleteQuietly(job.file());
            }
            return old;
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
