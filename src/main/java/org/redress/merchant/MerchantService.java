package org.redress.merchant;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.InputValidator;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.redress.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding and creating merchants. Case workers only: merchant records carry contact details. */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class MerchantService {

    private final MerchantRepository merchants;
    private final PlatformRepository platforms;
    private final InputValidator validator;
    private final AuditService audit;
    private final Clock clock;

    MerchantService(MerchantRepository merchants, PlatformRepository platforms, InputValidator validator,
                    AuditService audit, Clock clock) {
        this.merchants = merchants;
        this.platforms = platforms;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** Merchants whose name, alias or shop id contains the text (case-insensitive), for pickers. */
    @Transactional(readOnly = true)
    public List<MerchantSummary> suggest(String text, int offset, int limit) {
        String needle = text == null ? "" : text.trim();
        int pageSize = Math.max(1, limit);
        List<Merchant> page = merchants.findByText(needle, PageRequest.of(offset / pageSize, pageSize));
        return page.stream().map(Merchant::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MerchantSummary> find(Long id) {
        return id == null ? Optional.empty() : merchants.findById(id).map(Merchant::toSummary);
    }

    /** A merchant by id, or else by its exact name. */
    @Transactional(readOnly = true)
    public Optional<MerchantSummary> findByIdOrName(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        if (idOrName.matches("\\d{1,18}")) {
            Optional<MerchantSummary> byId = find(Long.valueOf(idOrName));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return merchants.findFirstByName(idOrName.trim()).map(Merchant::toSummary);
    }

    public MerchantSummary create(NewMerchant request) {
        validator.check(request);
        Platform platform = platforms.findById(request.platformCode().trim().toUpperCase())
                .orElseThrow(() -> new InvalidInputException(Map.of("platformCode", "Unknown platform")));
        Merchant merchant = new Merchant(request.name().trim(), platform, blankToNull(request.shopId()), clock.instant());
        String code = blankToNull(request.creditCode());
        merchant.setCreditCode(code == null ? null : code.toUpperCase());
        merchant.setContact(blankToNull(request.contact()));
        merchant.setNotes(blankToNull(request.notes()));
        if (request.aliases() != null) {
            merchant.setAliases(new LinkedHashSet<>(request.aliases()));
        }
        merchants.save(merchant);
        audit.record(AuditSubject.MERCHANT, merchant.getId(), merchant.getName(), "MERCHANT_CREATED", null, null, null);
        return merchant.toSummary();
    }

    /**
     * The merchant an imported or API-filed complaint refers to: matched by platform + shop id, else by platform +
     * exact name, else created.
     */
    public MerchantSummary findOrCreate(String name, String platformCode, String shopId) {
        String shop = blankToNull(shopId);
        String code = platformCode == null ? null : platformCode.trim().toUpperCase();
        if (shop != null) {
            Optional<Merchant> byShop = merchants.findFirstByPlatformCodeAndShopId(code, shop);
            if (byShop.isPresent()) {
                return byShop.get().toSummary();
            }
        }
        return merchants.findFirstByPlatformCodeAndName(code, name == null ? null : name.trim())
                .map(Merchant::toSummary)
                .orElseGet(() -> create(new NewMerchant(name, code, shop)));
    }

    /** Used by other features to attach a merchant reference; fails if the merchant is gone. */
    @Transactional(readOnly = true)
    public MerchantSummary require(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("No merchant with id " + id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
