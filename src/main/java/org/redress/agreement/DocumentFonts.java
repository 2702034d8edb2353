package org.redress.agreement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.openpdf.text.pdf.BaseFont;
import org.redress.base.BusinessRuleException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK fonts embedded in the documents: Noto Serif CJK SC (a 宋体-like face, as court forms use) from Debian's
 * fonts-noto-cjk, installed by the README's setup and .ci/run, else the sans face or WenQuanYi, or the one configured.
 * Loading a collection takes a while, so each face is loaded once.
 */
@Component
class DocumentFonts {

    static final List<String> REGULAR = List.of(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");
    static final List<String> BOLD = List.of(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc,2");

    private final String configured;
    private final ConcurrentMap<String, BaseFont> loaded = new ConcurrentHashMap<>();

    DocumentFonts(@Value("${redress.agreements.cjk-font:}") String configured) {
        this.configured = configured;
    }

    BaseFont serif() {
        return first(configured == null || configured.isBlank() ? REGULAR : List.of(configured));
    }

    /** The bold face where installed, else the regular one (OpenPDF cannot embolden an embedded font). */
    BaseFont serifBold() {
        if (configured != null && !configured.isBlank()) {
            return serif();
        }
        return BOLD.stream().filter(DocumentFonts::readable).findFirst().map(this::load).orElseGet(this::serif);
    }

    private BaseFont first(List<String> candidates) {
        return candidates.stream().filter(DocumentFonts::readable).findFirst().map(this::load)
                .orElseThrow(() -> new BusinessRuleException("error.agreement.noChineseFontFound"));
    }

    private BaseFont load(String candidate) {
        return loaded.computeIfAbsent(candidate, c -> {
            try {
                return BaseFont.createFont(c, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (Exception e) {
                throw new BusinessRuleException("error.agreement.chineseFontCouldNot", c, e.getMessage());
            }
        });
    }

    private static boolean readable(String candidate) {
        String path = candidate.contains(".ttc,") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
        return Files.isReadable(Path.of(path));
    }
}
