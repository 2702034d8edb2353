package org.redress.merchant;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InputValidator;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
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
    private final EntityManager entityManager;
    private final Clock clock;

    MerchantService(MerchantRepository merchants, PlatformRepository platforms, InputValidator validator,
                    AuditService audit, EntityManager entityManager, Clock clock) {
        this.merchants = merchants;
        this.platforms = platforms;
        this.validator = validator;
        this.audit = audit;
        this.entityManager = entityManager;
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

    /**
     * Merchants by part of a name (Chinese or Latin, edge n-grams catch prefixes of any word), an alias, a shop id
     * or a credit code, best match first, from the search index.
     */
    @Transactional(readOnly = true)
    public List<MerchantSummary> searchIndex(String text, int limit) {
        String needle = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
        if (needle.length() > 100) {
            needle = needle.substring(0, 100);
        }
        String words = needle;
        var hits = Search.session(entityManager).search(Merchant.class)
                .where(f -> f.bool().mustNot(f.exists().field("merged_into")).must(words.isEmpty() ? f.matchAll() : f.bool()
                        .should(f.match().fields("name", "aliases").matching(words).boost(3))
                        .should(f.simpleQueryString().fields("name_ngram", "aliases_ngram").matching(words)
                                .defaultOperator(BooleanOperator.AND))
                        .should(f.match().fields("shopId", "creditCode").matching(words.toLowerCase()).boost(5))
                        // Typos in Latin names ("Nordik Kitchen"): one edit per word.
                        .should(words.matches("[\\p{IsLatin}\\s'&.-]+")
                                ? f.match().fields("name", "aliases").matching(words).fuzzy(1).toPredicate()
                                : f.matchNone().toPredicate())))
                .sort(f -> words.isEmpty() ? f.field("name_keyword") : f.score().then().field("name_keyword"))
                .fetchHits(Math.max(1, Math.min(200, limit)));
        return hits.stream().map(Merchant::toSummary).toList();
    }

    /** Merchant names by id, for statistics: names only, no contact details, so every role may ask. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_ROLE)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            merchants.findAllById(ids).forEach(m -> names.put(m.getId(), m.getName()));
        }
        return names;
    }

    /** Merchants by part of the name, as id and name only, for the statistics filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_ROLE)
    public List<MerchantSummary> suggestNames(String text, int offset, int limit) {
        return suggest(text, offset, limit).stream()
                .map(m -> new MerchantSummary(m.id(), m.name(), m.platformCode(), m.shopId())).toList();
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

    /**
     * The merchant already recorded on the platform under this name, compared as {@link MerchantNames} does (spaces,
     * width and case ignored); a merged record answers with the one it was merged into.
     */
    @Transactional(readOnly = true)
    public Optional<MerchantSummary> sameName(String name, String platformCode) {
        if (name == null || name.isBlank() || platformCode == null || platformCode.isBlank()) {
            return Optional.empty();
        }
        return merchants.findFirstByPlatformCodeAndNameKeyOrderById(platformCode.trim().toUpperCase(),
                MerchantNames.key(name)).map(this::survivor).map(Merchant::toSummary);
    }

    /** Records a merchant; refused (409, naming it) when the platform already has one of the same name. */
    public MerchantSummary create(NewMerchant request) {
        validator.check(request);
        Platform platform = platforms.findById(request.platformCode().trim().toUpperCase())
                .orElseThrow(() -> new InvalidInputException(Map.of("platformCode",
                Message.of("error.merchant.unknownPlatform"))));
        Optional<MerchantSummary> existing = sameName(request.name(), platform.getCode());
        if (existing.isPresent()) {
            throw new BusinessRuleException("error.merchant.sameNameExists", existing.get().name(),
                    existing.get().id());
        }
        Merchant merchant = new Merchant(request.name().trim(), platform, blankToNull(request.shopId()), clock.instant());
        String code = blankToNull(request.creditCode());
        merchant.setCreditCode(code == null ? null : code.toUpperCase());
        merchant.setContact(blankToNull(request.contact()));
        merchant.setNotes(blankToNull(request.notes()));
        if (request.aliases() != null) {
            merchant.setAliases(new LinkedHashSet<>(request.aliases()));
        }
        merchants.save(merchant);
        audit.record(AuditSubject.MERCHANT, merchant.getId(), merchant.getName(), AuditAction.MERCHANT_CREATED, null, null, null);
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
                return survivor(byShop.get()).toSummary();
            }
        }
        return merchants.findFirstByPlatformCodeAndName(code, name == null ? null : name.trim())
                .map(this::survivor)
                .map(Merchant::toSummary)
                .or(() -> sameName(name, code))
                .orElseGet(() -> createOrFind(new NewMerchant(name, code, shop)));
    }

    /** Corrects a merchant's aliases and details; each changed field is audited. */
    public MerchantDetails update(Long id, MerchantEdit edit) {
        validator.check(edit);
        Merchant merchant = merchants.findById(id).orElseThrow(() -> new NotFoundException("error.watch.noMerchant",
                id));
        Set<String> aliases = new TreeSet<>();
        if (edit.aliases() != null) {
            edit.aliases().stream().filter(a -> a != null && !a.isBlank()).map(String::trim).forEach(aliases::add);
        }
        String code = blankToNull(edit.creditCode());
        String creditCode = code == null ? null : code.toUpperCase();
        audit.recordChange(AuditSubject.MERCHANT, id, merchant.getName(), "aliases",
                new TreeSet<>(merchant.getAliases()), aliases);
        audit.recordChange(AuditSubject.MERCHANT, id, merchant.getName(), "creditCode", merchant.getCreditCode(),
                creditCode);
        audit.recordChange(AuditSubject.MERCHANT, id, merchant.getName(), "parentCompany",
                merchant.getParentCompany(), blankToNull(edit.parentCompany()));
        audit.recordChange(AuditSubject.MERCHANT, id, merchant.getName(), "contact", merchant.getContact(),
                blankToNull(edit.contact()));
        audit.recordChange(AuditSubject.MERCHANT, id, merchant.getName(), "notes", merchant.getNotes(),
                blankToNull(edit.notes()));
        merchant.setAliases(aliases);
        merchant.setCreditCode(creditCode);
        merchant.setParentCompany(blankToNull(edit.parentCompany()));
        merchant.setContact(blankToNull(edit.contact()));
        merchant.setNotes(blankToNull(edit.notes()));
        return details(id).orElseThrow();
    }

    /** The full merchant record, for its profile page. */
    @Transactional(readOnly = true)
    public Optional<MerchantDetails> details(Long id) {
        return merchants.findById(id).map(m -> new MerchantDetails(m.getId(), m.getName(), m.getPlatform().getCode(),
                m.getShopId(), m.getCreditCode(), m.getParentCompany(), m.getContact(), m.getNotes(),
                m.getAliases().stream().sorted().toList(), m.getMergedIntoId()));
    }

    /** How an import names a merchant: platform + shop id when it has one, else platform + exact name. */
    public record MerchantKey(String platformCode, String shopId, String name) {

        public static MerchantKey of(String platformCode, String shopId, String name) {
            String shop = blankToNull(shopId);
            return new MerchantKey(platformCode.trim().toUpperCase(), shop, name.trim());
        }
    }

    /**
     * Resolves many merchant keys at once, as {@link #findOrCreate} does one by one: with two queries for the
     * whole set instead of two per key, which is what makes bulk imports fast.
     */
    public Map<MerchantKey, Long> resolveAll(Collection<MerchantKey> keys) {
        Map<MerchantKey, Long> resolved = new HashMap<>();
        if (keys.isEmpty()) {
            return resolved;
        }
        var codes = keys.stream().map(MerchantKey::platformCode).collect(Collectors.toSet());
        var shopIds = keys.stream().map(MerchantKey::shopId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var names = keys.stream().map(MerchantKey::name).collect(Collectors.toSet());
        Map<String, Long> byShop = new HashMap<>();
        if (!shopIds.isEmpty()) {
            merchants.findByPlatformCodeInAndShopIdIn(codes, shopIds).forEach(m ->
                    byShop.putIfAbsent(m.getPlatform().getCode() + "\u0000" + m.getShopId(), survivor(m).getId()));
        }
        Map<String, Long> byName = new HashMap<>();
        merchants.findByPlatformCodeInAndNameIn(codes, names).forEach(m ->
                byName.putIfAbsent(m.getPlatform().getCode() + "\u0000" + m.getName(), survivor(m).getId()));
        for (MerchantKey key : keys) {
            Long id = key.shopId() == null ? null : byShop.get(key.platformCode() + "\u0000" + key.shopId());
            if (id == null) {
                id = byName.get(key.platformCode() + "\u0000" + key.name());
            }
            if (id == null) {
                id = sameName(key.name(), key.platformCode()).map(MerchantSummary::id).orElse(null);
            }
            if (id == null) {
                id = createOrFind(new NewMerchant(key.name(), key.platformCode(), key.shopId())).id();
                byName.put(key.platformCode() + "\u0000" + key.name(), id);
                if (key.shopId() != null) {
                    byShop.put(key.platformCode() + "\u0000" + key.shopId(), id);
                }
            }
            resolved.put(key, id);
        }
        return resolved;
    }

    /**
     * Creates the merchant, or answers the one a concurrent filing recorded under the same name a moment ago (two
     * complaints against a new shop arriving together must both be filed).
     */
    private MerchantSummary createOrFind(NewMerchant request) {
        try {
            return create(request);
        } catch (BusinessRuleException sameName) {
            return sameName(request.name(), request.platformCode()).orElseThrow(() -> sameName);
        }
    }

    /** A merged record's survivor (following a chain of merges), or the record itself. */
    private Merchant survivor(Merchant merchant) {
        Merchant current = merchant;
        for (int hops = 0; current.getMergedIntoId() != null && hops < 20; hops++) {
            current = merchants.findById(current.getMergedIntoId()).orElse(current);
        }
        return current;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
