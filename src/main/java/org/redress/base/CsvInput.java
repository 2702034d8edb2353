package org.redress.base;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * An uploaded CSV file, read in the encoding it was saved in. Staff export from Excel on Chinese Windows, which saves
 * "CSV" in GBK (GB18030 is its superset); partner systems send UTF-8, with or without a byte-order mark. The upload is
 * first spooled to a temporary file and checked whole, so a file that is neither is refused (400, naming the line)
 * before a single row is stored, instead of storing mojibake or replacement characters.
 */
public final class CsvInput implements Closeable {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final Charset charset;
    private final boolean bom;

    private CsvInput(Path file, Charset charset, boolean bom) {
        this.file = file;
        this.charset = charset;
        this.bom = bom;
    }

    public static CsvInput of(InputStream upload) {
        Path file;
        try {
            file = Files.createTempFile("redress-upload-", ".csv");
            try (InputStream in = upload) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the file", e);
        }
        try {
            return detect(file);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static CsvInput detect(Path file) {
        boolean bom = startsWithBom(file);
        Scan utf8 = scanUtf8(file, bom ? 3 : 0);
        if (utf8.badBytes == 0) {
            return new CsvInput(file, StandardCharsets.UTF_8, bom);
        }
        // A GBK file fails UTF-8 almost everywhere it has Chinese; a UTF-8 file with a few damaged bytes fails rarely.
        boolean mostlyNotUtf8 = !bom && utf8.badBytes * 10 >= utf8.nonAsciiBytes;
        if (mostlyNotUtf8) {
            long gbLine = firstBadLine(file, GB18030);
            if (gbLine == 0) {
                return new CsvInput(file, GB18030, false);
            }
        }
        throw new InvalidInputException(Map.of("file", Message.of("error.base.lineHasBytesNot", utf8.firstBadLine,
                mostlyNotUtf8 ? " nor GB18030/GBK" : "")));
    }

    /** The text, decoded strictly: the whole file was checked, so no character is replaced. */
    public Reader reader() {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            if (bom) {
                in.skipNBytes(3);
            }
            return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The encoding the file was read in, as the reply names it: UTF-8 or GB18030. */
    public String encoding() {
        return charset.name();
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file left behind is removed with the temporary directory.
        }
    }

    private static boolean startsWithBom(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Scan(long nonAsciiBytes, long badBytes, long firstBadLine) {
    }

    /** Counts bytes outside well-formed UTF-8 (overlong forms and surrogates included) and where the first one is. */
    private static Scan scanUtf8(Path file, int skip) {
        long nonAscii = 0;
        long bad = 0;
        long firstBad = 0;
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(skip);
            int expect = 0;
            int lower = 0x80;
            int upper = 0xBF;
            int b;
            while ((b = in.read()) >= 0) {
                if (b >= 0x80) {
                    nonAscii++;
                }
                if (expect > 0) {
                    if (b >= lower && b <= upper) {
                        expect--;
                        lower = 0x80;
                        upper = 0xBF;
                        continue;
                    }
                    bad++;
                    firstBad = firstBad == 0 ? line : firstBad;
                    expect = 0;
                    lower = 0x80;
                    upper = 0xBF;
                }
                if (b == '\n') {
                    line++;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    expect = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    expect = 2;
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    expect = 3;
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                } else if (b >= 0x80) {
                    bad++;
                    firstBad = firstBad == 0 ? line : firstBad;
                }
            }
            if (expect > 0) {
                bad++;
                firstBad = firstBad == 0 ? line : firstBad;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scan(nonAscii, bad, firstBad);
    }

    /** The line of the first byte the charset cannot decode, or 0 when the whole file decodes. */
    private static long firstBadLine(Path file, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (var channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                for (int i = 0; i < chars.length(); i++) {
                    if (chars.charAt(i) == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
            }
            chars.clear();
            if (decoder.flush(chars).isError()) {
                return line;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
