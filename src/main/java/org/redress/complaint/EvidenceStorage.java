package org.redress.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.redress.base.RedressProperties;
import org.springframework.stereotype.Component;

/**
 * Stores evidence files under {@code <data-dir>/evidence}, named by their SHA-256 so identical uploads share one
 * file and a file's name proves its content.
 */
@Component
class EvidenceStorage {

    /** A stored file: where it is, its digest and its size. */
    record StoredFile(Path path, String sha256, long size) {
    }

    private final Path root;

    EvidenceStorage(RedressProperties properties) {
        this.root = properties.dataDir().resolve("evidence");
    }

    /** Copies at most {@code maxBytes} from the stream; throws {@link TooLargeException} beyond that. */
    StoredFile store(InputStream content, long maxBytes) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long size;
                try (InputStream in = new DigestInputStream(content, digest)) {
                    size = copyLimited(in, temp, maxBytes);
                }
                String sha256 = HexFormat.of().formatHex(digest.digest());
                Path target = pathOf(sha256);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new StoredFile(target, sha256, size);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the evidence file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static long copyLimited(InputStream in, Path target, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (var out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    static class TooLargeException extends RuntimeException {
        final long maxMegabytes;

        TooLargeException(long maxBytes) {
            super("larger than " + maxBytes);
            this.maxMegabytes = maxBytes / (1024 * 1024);
        }
    }
}
