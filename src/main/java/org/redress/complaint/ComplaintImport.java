package org.redress.complaint;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.search.mapper.orm.Search;
import org.redress.base.CsvInput;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.base.TextRules;
import org.redress.merchant.MerchantService.MerchantKey;
import org.redress.merchant.MerchantService;
import org.redress.merchant.PlatformService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of complaints from CSV in UTF-8 or GB18030/GBK (see {@link CsvInput}). The file is streamed and saved in batches, each in its own transaction,
 * so a 10,000-row file neither sits in memory nor holds one huge transaction. Rows whose externalId is already
 * present are skipped, which makes re-sending a file harmless; bad rows are reported and good rows kept.
 */
@Service
public class ComplaintImport {

    static final int BATCH_SIZE = 2_000;
    static final int MERGE_AFTER = 5_000;

    private final ComplaintService complaints;
    private final ComplaintRepository repository;
    private final MerchantService merchants;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final ComplaintRules rules;
    private final PlatformService platforms;
    private final ComplaintBulkWriter writer;

    ComplaintImport(ComplaintService complaints, ComplaintRepository repository, MerchantService merchants,
                    TransactionTemplate transactions, EntityManager entityManager, ComplaintRules rules,
                    PlatformService platforms, ComplaintBulkWriter writer) {
        this.writer = writer;
        this.complaints = complaints;
        this.repository = repository;
        this.merchants = merchants;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.rules = rules;
        this.platforms = platforms;
    }

    @PreAuthorize(Roles.INTAKE)
    public ImportResult importCsv(InputStream csv) {
        try (CsvInput input = CsvInput.of(csv);
             Reader reader = input.reader();
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(false).get().parse(reader)) {
            checkHeader(parser.getHeaderNames());
            Counter counter = new Counter();
            Set<String> seen = new HashSet<>();
            Map<MerchantKey, Long> merchantIds = new HashMap<>();
            Set<String> platformCodes = platforms.codes();
            List<CSVRecord> batch = new ArrayList<>(BATCH_SIZE);
            var records = parser.iterator();
            try {
                while (records.hasNext()) {
                    batch.add(records.next());
                    if (batch.size() == BATCH_SIZE) {
                        importBatch(batch, seen, merchantIds, platformCodes, counter);
                        batch.clear();
                    }
                }
            } catch (UncheckedIOException e) {
                // A syntax error (e.g. an unclosed quote) ends the file: keep what came before it and say where.
                counter.error(new ImportResult.RowError(parser.getRecordNumber() + 1, null,
                        "CSV syntax error, the rest of the file was not read: " + e.getMessage()));
            }
            if (!batch.isEmpty()) {
                importBatch(batch, seen, merchantIds, platformCodes, counter);
            }
            if (counter.imported >= MERGE_AFTER) {
                // A bulk import leaves the index in many small segments, and facet counting pays for every
                // segment on every query: merge them once now rather than slowly over the coming days.
                Search.mapping(entityManager.getEntityManagerFactory()).scope(Complaint.class).workspace()
                        .mergeSegments();
            }
            return new ImportResult(counter.imported, counter.skipped, counter.errors, counter.errorsTotal,
                    input.encoding());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the CSV file", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(Map.of("file", Message.of("error.complaint.fileNotValidCsv",
                    e.getMessage())));
        }
    }

    private static void checkHeader(List<String> header) {
        List<String> missing = ComplaintCsvRow.COLUMNS.stream()
                .filter(column -> !ComplaintCsvRow.OPTIONAL.contains(column) && !header.contains(column))
                .toList();
        List<String> unknown = header.stream().filter(column -> !ComplaintCsvRow.COLUMNS.contains(column)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new InvalidInputException(Map.of("header", Message.of("error.complaint.headerRowDoesNot",
                    missing.isEmpty() ? "" : " Missing columns: " + missing + ".",
                    unknown.isEmpty() ? "" : " Unknown columns: " + unknown + ".", ComplaintCsvRow.COLUMNS)));
        }
    }

    private void importBatch(List<CSVRecord> records, Set<String> seen, Map<MerchantKey, Long> merchantIds,
                             Set<String> platformCodes, Counter counter) {
        transactions.executeWithoutResult(status -> {
            // Flushing before every query made each one dirty-check the whole batch; nothing read below depends
            // on rows written in this batch, so write everything once at the end.
            entityManager.setFlushMode(FlushModeType.COMMIT);
            Set<String> ids = new HashSet<>();
            List<ComplaintCsvRow> rows = records.stream().map(ComplaintCsvRow::of).toList();
            rows.forEach(row -> {
                if (row.externalId() != null) {
                    ids.add(row.externalId());
                }
            });
            Set<String> existing = ids.isEmpty() ? Set.of() : new HashSet<>(repository.findExistingExternalIds(ids));
            List<Valid> valid = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Valid checked = check(records.get(i).getRecordNumber(), rows.get(i), existing, seen, platformCodes,
                        counter);
                if (checked != null) {
                    valid.add(checked);
                }
            }
            Set<MerchantKey> unknown = new HashSet<>();
            valid.forEach(v -> {
                if (!merchantIds.containsKey(v.merchant())) {
                    unknown.add(v.merchant());
                }
            });
            merchantIds.putAll(merchants.resolveAll(unknown));
            List<ComplaintDraft> drafts = valid.stream()
                    .map(v -> ComplaintCsvRow.withMerchant(v.draft(), merchantIds.get(v.merchant())))
                    .toList();
            writer.insert(drafts.stream().map(complaints::newComplaint).toList(), drafts);
            counter.imported += drafts.size();
            // When the import joins a caller's transaction there is no commit here: write now, and leave the
            // session as it was found.
            entityManager.flush();
            entityManager.setFlushMode(FlushModeType.AUTO);
        });
    }

    /** A row that passed every check, with the merchant it names. */
    private record Valid(ComplaintDraft draft, MerchantKey merchant) {
    }

    private Valid check(long rowNumber, ComplaintCsvRow row, Set<String> existing, Set<String> seen,
                        Set<String> platformCodes, Counter counter) {
        String externalId = row.externalId();
        if (externalId != null && (existing.contains(externalId) || !seen.add(externalId))) {
            counter.skipped++;
            return null;
        }
        ComplaintDraft draft = row.toDraft();
        Map<String, Message> errors = new LinkedHashMap<>(row.errors());
        rules.violations(draft, platformCodes::contains, id -> true).forEach((field, message) -> {
            if (!field.equals("merchantId")) {
                errors.putIfAbsent(csvColumn(field), message);
            }
        });
        String merchantName = row.get("merchantName");
        if (merchantName == null) {
            errors.put("merchantName", Message.of("error.complaint.merchantNameRequired"));
        } else {
            TextRules.check(errors, "merchantName", merchantName, 200, false);
        }
        TextRules.check(errors, "merchantShopId", row.get("merchantShopId"), 100, false);
        if (!errors.isEmpty()) {
            if (externalId != null) {
                seen.remove(externalId);
            }
            counter.error(new ImportResult.RowError(rowNumber, externalId, describe(errors)));
            return null;
        }
        return new Valid(draft, MerchantKey.of(draft.platformCode(), row.get("merchantShopId"), merchantName));
    }

    private static String csvColumn(String field) {
        return field.equals("platformCode") ? "platform" : field;
    }

    private static String describe(Map<String, Message> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ").append(field).append(": ")
                .append(message));
        return text.toString();
    }

    private static final class Counter {
        int imported;
        int skipped;
        long errorsTotal;
        final List<ImportResult.RowError> errors = new ArrayList<>();

        /** A file of garbage must not make a reply of megabytes: the first errors are listed, all are counted. */
        void error(ImportResult.RowError error) {
            errorsTotal++;
            if (errors.size() < ImportResult.MAX_ERRORS) {
                errors.add(error);
            }
        }
    }
}
