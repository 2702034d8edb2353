package org.redress.merchant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed list of platforms. Anyone signed in may read it; administrators add to it. */
@Service
@Transactional(readOnly = true)
public class PlatformService {

    private final PlatformRepository platforms;

    PlatformService(PlatformRepository platforms) {
        this.platforms = platforms;
    }

    public List<PlatformRef> active() {
        return platforms.findByActiveTrueOrderBySortOrderAscCodeAsc().stream().map(Platform::toRef).toList();
    }

    /** Every platform code, active or not: what a complaint may refer to. */
    public Set<String> codes() {
        return platforms.findAll().stream().map(Platform::getCode).collect(Collectors.toSet());
    }

    public Optional<PlatformRef> find(String code) {
        return code == null ? Optional.empty() : platforms.findById(code.trim().toUpperCase()).map(Platform::toRef);
    }

    @Transactional
    @PreAuthorize(Roles.ADMINS)
    public PlatformRef add(String code, String nameZh, String nameEn) {
        String normalized = code == null ? "" : code.trim().toUpperCase();
        if (!normalized.matches("[A-Z][A-Z0-9_]{1,29}")) {
            throw new InvalidInputException(Map.of("code",
                    Message.of("error.merchant.capitalLettersDigitsUnderscores")));
        }
        if (platforms.existsById(normalized)) {
            throw new InvalidInputException(Map.of("code", Message.of("error.merchant.platformCodeExistsAlready")));
        }
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new InvalidInputException(Map.of("name", Message.of("error.merchant.bothChineseEnglishName")));
        }
        int order = platforms.findAllByOrderBySortOrderAscCodeAsc().stream().mapToInt(Platform::getSortOrder).max()
                .orElse(0) + 10;
        return platforms.save(new Platform(normalized, nameZh.trim(), nameEn.trim(), order)).toRef();
    }
}
