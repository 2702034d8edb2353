package org.redress.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * A full duplicate pass in memory, without keeping any text: per complaint a 64-bin MinHash signature (16-bit
 * values), its 16 LSH band keys and 64-bit hashes of phone, e-mail, order and ticket; about 250 bytes a complaint
 * (250 MB at a million). Candidate pairs come from equal band keys, consumers, orders or tickets (found by sorting,
 * not by comparing every pair); each candidate is scored with {@link PairScorer} on the signature's similarity
 * estimate.
 * <p>
 * Buckets with more than {@value #MAX_BUCKET} members are skipped: a band shared by hundreds of complaints is a form
 * letter or a template many victims copied, a class dispute rather than duplicates; pairs inside it are still found
 * through the same consumer, order or ticket.
 */
public final class DuplicatePass {

    static final int MAX_BUCKET = 50;
    /** Complaints a pass can hold: indexes travel in the low 24 bits of sort keys. */
    public static final int MAX_SIZE = 1 << 24;
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final int B = TextFingerprint.BINS;

    public record FoundPair(long first, long second, double score, Set<DuplicateReason> reasons) {
    }

    private int size;
    private long[] ids;
    private long[] merchants;
    private long[] phones;
    private long[] emails;
    private long[] orders;
    private long[] tickets;
    private short[] signatures;
    private int[] bands;

    public DuplicatePass(int expected) {
        int capacity = Math.max(16, expected);
        ids = new long[capacity];
        merchants = new long[capacity];
        phones = new long[capacity];
        emails = new long[capacity];
        orders = new long[capacity];
        tickets = new long[capacity];
        signatures = new short[capacity * B];
        bands = new int[capacity * TextFingerprint.BANDS];
    }

    public int size() {
        return size;
    }

    public void add(CaseFacts facts) {
        if (size == MAX_SIZE) {
            throw new IllegalStateException("A duplicate pass holds at most " + MAX_SIZE + " complaints");
        }
        if (size == ids.length) {
            grow();
        }
        ids[size] = facts.id();
        merchants[size] = facts.merchantId();
        phones[size] = hash(facts.phoneKey());
        emails[size] = hash(facts.emailKey());
        orders[size] = hash(facts.orderKey());
        tickets[size] = hash(facts.ticketKey());
        int[] signature = TextFingerprint.signature(TextFingerprint.shingles(facts.narrative()));
        for (int i = 0; i < B; i++) {
            signatures[size * B + i] = (short) signature[i];
        }
        System.arraycopy(TextFingerprint.bands(signature), 0, bands, size * TextFingerprint.BANDS,
                TextFingerprint.BANDS);
        size++;
    }

    /** Scores every candidate pair and returns those at or above the threshold, best first. */
    public List<FoundPair> run(double threshold, LongConsumer progress) {
        Map<Long, FoundPair> found = new HashMap<>();
        long[] keys = new long[size];
        int steps = TextFingerprint.BANDS + 4;
        for (int band = 0; band < TextFingerprint.BANDS; band++) {
            for (int i = 0; i < size; i++) {
                keys[i] = ((long) bands[i * TextFingerprint.BANDS + band] << 32) | i;
            }
            collect(keys, size, threshold, found, 32);
            progress.accept((band + 1L) * 100 / steps);
        }
        long[][] exact = {phones, emails, orders, tickets};
        for (int k = 0; k < exact.length; k++) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (exact[k][i] != 0) {
                    // The top 40 bits of the key's hash and the index in the low 24 bits: a rare collision of the
                    // truncated hashes only costs one extra pair to score, which compares the full hashes.
                    keys[n++] = (exact[k][i] & ~INDEX_MASK) | i;
                }
            }
            collect(keys, n, threshold, found, INDEX_BITS);
            progress.accept((TextFingerprint.BANDS + k + 1L) * 100 / steps);
        }
        List<FoundPair> pairs = new ArrayList<>(found.values());
        pairs.sort((x, y) -> Double.compare(y.score(), x.score()));
        return pairs;
    }

    /** Sorts keys (bucket in the high bits, index in the low {@code indexBits}) and scores pairs per bucket. */
    private void collect(long[] keys, int n, double threshold, Map<Long, FoundPair> found, int indexBits) {
        Arrays.sort(keys, 0, n);
        long indexMask = (1L << indexBits) - 1;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && (keys[end] >>> indexBits) == (keys[start] >>> indexBits)) {
                end++;
            }
            if (end - start > 1 && end - start <= MAX_BUCKET) {
                for (int x = start; x < end; x++) {
                    for (int y = x + 1; y < end; y++) {
                        consider((int) (keys[x] & indexMask), (int) (keys[y] & indexMask), threshold, found);
                    }
                }
            }
            start = end;
        }
    }

    private void consider(int x, int y, double threshold, Map<Long, FoundPair> found) {
        int a = Math.min(x, y);
        int b = Math.max(x, y);
        long key = (long) a * Integer.MAX_VALUE + b;
        if (found.containsKey(key)) {
            return;
        }
        int same = 0;
        for (int i = 0; i < B; i++) {
            if (signatures[a * B + i] == signatures[b * B + i]) {
                same++;
            }
        }
        boolean sameConsumer = same(phones, a, b) || same(emails, a, b);
        boolean otherConsumer = !sameConsumer && (differ(phones, a, b) || differ(emails, a, b));
        PairScorer.Scored scored = PairScorer.score(same(orders, a, b) || same(tickets, a, b), sameConsumer,
                otherConsumer, merchants[a] == merchants[b], (double) same / B);
        if (scored.score() >= threshold) {
            long first = Math.min(ids[a], ids[b]);
            long second = Math.max(ids[a], ids[b]);
            found.put(key, new FoundPair(first, second, scored.score(), scored.reasons()));
        }
    }

    private static boolean same(long[] keys, int a, int b) {
        return keys[a] != 0 && keys[a] == keys[b];
    }

    private static boolean differ(long[] keys, int a, int b) {
        return keys[a] != 0 && keys[b] != 0 && keys[a] != keys[b];
    }

    private void grow() {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        merchants = Arrays.copyOf(merchants, capacity);
        phones = Arrays.copyOf(phones, capacity);
        emails = Arrays.copyOf(emails, capacity);
        orders = Arrays.copyOf(orders, capacity);
        tickets = Arrays.copyOf(tickets, capacity);
        signatures = Arrays.copyOf(signatures, capacity * B);
        bands = Arrays.copyOf(bands, capacity * TextFingerprint.BANDS);
    }

    /** A 64-bit FNV-1a hash; 0 stands for "no key". */
    static long hash(String key) {
        if (key == null) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
