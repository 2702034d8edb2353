package org.redress.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.redress.base.RedressProperties;
import org.redress.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database. At start-up, an index written by another mapping version
 * (after an upgrade) or holding fewer documents than the database (after a restore) is rebuilt in the background
 * by the mass indexer; the portal stays usable meanwhile and the progress shows in the log and the admin view.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IndexMaintenance implements ApplicationRunner {

    /** Raise when the index mapping changes, so that existing installations rebuild their index once. */
    static final String MAPPING_VERSION = "4";

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    /** What the admin view shows. */
    public record Status(boolean running, long done, long total, String lastMessage) {
    }

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Path marker;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicReference<String> message = new AtomicReference<>("");
    private volatile boolean running;

    private final boolean checkOnStart;

    IndexMaintenance(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
                     TransactionTemplate transactions, RedressProperties properties,
                     @org.springframework.beans.factory.annotation.Value("${redress.search.check-on-start:true}")
                     boolean checkOnStart) {
        this.checkOnStart = checkOnStart;
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.marker = properties.dataDir().resolve("index").resolve("redress-mapping-version");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!checkOnStart) {
            return;
        }
        String reason = staleReason();
        if (reason != null) {
            log.info("Search index needs a rebuild ({}); rebuilding in the background", reason);
            startRebuild();
        }
    }

    /** Why the index must be rebuilt, or null when it is current. */
    String staleReason() {
        String version = readMarker();
        // Entity names rather than classes: the features depend on this package for their analyzers.
        long inDatabase = transactions.execute(status ->
                entityManager.createQuery("select count(c) from Complaint c", Long.class).getSingleResult()
                        + entityManager.createQuery("select count(m) from Merchant m", Long.class).getSingleResult());
        long inIndex = transactions.execute(status -> Search.session(entityManager).search(Object.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        if (inDatabase == 0 && inIndex == 0) {
            writeMarker();
            return null;
        }
        if (!MAPPING_VERSION.equals(version)) {
            return "index mapping version " + version + ", expected " + MAPPING_VERSION;
        }
        if (inIndex != inDatabase) {
            return inIndex + " documents in the index, " + inDatabase + " records in the database";
        }
        return null;
    }

    /** Starts a full rebuild unless one is running; returns at once. */
    @PreAuthorize(Roles.ADMINS)
    public boolean rebuild() {
        return startRebuild();
    }

    private synchronized boolean startRebuild() {
        if (running) {
            return false;
        }
        running = true;
        done.set(0);
        total.set(0);
        message.set("started");
        SearchSession session = Search.session(entityManagerFactory.createEntityManager());
        MassIndexer indexer = session.massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .dropAndCreateSchemaOnStart(true)
                .mergeSegmentsOnFinish(true)
                .monitor(new Monitor());
        indexer.start().whenComplete((ignored, failure) -> {
            running = false;
            if (failure == null) {
                writeMarker();
                message.set("finished: " + done.get() + " documents");
                log.info("Search index rebuilt: {} documents", done.get());
            } else {
                message.set("failed: " + failure.getMessage());
                log.error("Search index rebuild failed", failure);
            }
        });
        return true;
    }

    public Status status() {
        return new Status(running, done.get(), total.get(), message.get());
    }

    private String readMarker() {
        try {
            return Files.exists(marker) ? Files.readString(marker).trim() : "none";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private void writeMarker() {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, MAPPING_VERSION);
        } catch (IOException e) {
            log.warn("Could not write the index mapping marker {}", marker, e);
        }
    }

    private final class Monitor implements MassIndexingMonitor {

        private long lastLogged;

        @Override
        public void documentsAdded(long increment) {
            long now = done.addAndGet(increment);
            if (now - lastLogged >= 10_000) {
                lastLogged = now;
                log.info("Rebuilding search index: {} of {} documents", now, total.get());
            }
            message.set(now + " of " + total.get());
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long count) {
            total.addAndGet(count);
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
