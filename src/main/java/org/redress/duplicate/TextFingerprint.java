package org.redress.duplicate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Near-duplicate detection for narratives by MinHash over character shingles, in the one-permutation variant: each
 * shingle is hashed once and lands in one of {@value #BINS} bins that keep their minimum, so a signature costs one
 * hash per shingle instead of one per shingle and bin.
 * <p>
 * Text is first normalised so that re-filings match across punctuation and width differences: NFKC (full-width
 * letters, digits and punctuation become their ASCII forms), lower case, and everything that is not a letter or
 * digit removed, including spaces. Shingles are {@value #SHINGLE} consecutive characters of what remains, which works
 * for Chinese (no spaces to split on) and English alike, and survives reordered sentences: only shingles that
 * straddle a sentence boundary change.
 */
public final class TextFingerprint {

    public static final int SHINGLE = 3;
    public static final int BINS = 64;
    public static final int BANDS = 16;
    public static final int ROWS_PER_BAND = BINS / BANDS;
    private static final int EMPTY = Integer.MAX_VALUE;

    private TextFingerprint() {
    }

    /** The normalised text the shingles are taken from. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Hashes of the text's shingles, duplicates removed, sorted. */
    public static int[] shingles(String text) {
        String normal = normalise(text);
        int[] codePoints = normal.codePoints().toArray();
        if (codePoints.length == 0) {
            return new int[0];
        }
        int count = Math.max(1, codePoints.length - SHINGLE + 1);
        int[] hashes = new int[count];
        for (int i = 0; i < count; i++) {
            int h = 0x9747b28c;
            for (int k = i; k < Math.min(codePoints.length, i + SHINGLE); k++) {
                h = mix(h ^ codePoints[k]);
            }
            hashes[i] = h;
        }
        Arrays.sort(hashes);
        return Arrays.stream(hashes).distinct().toArray();
    }

    /** Exact Jaccard similarity of two shingle sets (sorted, distinct). */
    public static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    public static double similarity(String a, String b) {
        return jaccard(shingles(a), shingles(b));
    }

    /** The MinHash signature: per bin, the smallest (re-mixed) hash of a shingle that fell into it. */
    public static int[] signature(int[] shingles) {
        int[] bins = new int[BINS];
        Arrays.fill(bins, EMPTY);
        for (int shingle : shingles) {
            int h = mix(shingle ^ 0x5bd1e995);
            int bin = (h >>> 26) & (BINS - 1);
            int value = h & 0x03ffffff;
            if (value < bins[bin]) {
                bins[bin] = value;
            }
        }
        // Densification: an empty bin borrows from the next non-empty one, so short texts still compare.
        for (int b = 0; b < BINS; b++) {
            if (bins[b] == EMPTY) {
                for (int step = 1; step < BINS; step++) {
                    int donor = bins[(b + step) % BINS];
                    if (donor != EMPTY) {
                        bins[b] = mix(donor + step) & 0x03ffffff;
                        break;
                    }
                }
            }
        }
        return bins;
    }

    /**
     * Band keys for locality-sensitive hashing: two texts with Jaccard similarity s share at least one of the
     * {@value #BANDS} bands of {@value #ROWS_PER_BAND} bins with probability 1-(1-s^4)^16 (0.98 at s=0.6, 0.4 at
     * s=0.3).
     */
    public static int[] bands(int[] signature) {
        int[] keys = new int[BANDS];
        for (int band = 0; band < BANDS; band++) {
            int h = band * 0x61c88647;
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                h = mix(h ^ signature[band * ROWS_PER_BAND + r]);
            }
            keys[band] = h;
        }
        return keys;
    }

    /** Estimated Jaccard similarity from two signatures: the share of bins that agree. */
    public static double estimate(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < BINS; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / BINS;
    }

    /** Murmur3's 32-bit finaliser: cheap and well mixed. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
