package org.redress.search;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.redress.base.Roles;
import org.redress.complaint.Category;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintIndex;
import org.redress.complaint.ComplaintStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over complaints in the search index: words (Chinese as character bigrams, English stemmed),
 * quoted phrases, reference numbers and phones, with filters, facet counts and highlighted snippets. Hits are
 * projected from the index, so no complaint is loaded from the database. Backend-neutral: only the Hibernate
 * Search DSL is used, so the Elasticsearch backend runs the same code.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_WORKERS)
public class ComplaintSearch {

    /** Longer queries are cut: a search box needs no more, and each extra character adds query clauses. */
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_PAGE_SIZE = 200;
    static final Map<String, String> FACET_FIELDS = Map.of("platform", ComplaintIndex.PLATFORM,
            "category", ComplaintIndex.CATEGORY, "status", ComplaintIndex.STATUS, "paymentMethod",
            ComplaintIndex.PAYMENT_METHOD, "province", ComplaintIndex.PROVINCE);

    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)RC-\\d{4}-\\d{3,}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9+\\-]{5,40}");

    private final EntityManager entityManager;

    ComplaintSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ComplaintSearchResult search(ComplaintSearchQuery query, int page, int size) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int pageNumber = Math.max(0, page);
        return range(query, pageNumber * pageSize, pageSize, pageNumber);
    }

    /** Hits {@code offset} to {@code offset + limit}, for lazy grids that do not ask in whole pages. */
    public ComplaintSearchResult range(ComplaintSearchQuery query, int offset, int limit) {
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, limit));
        return range(query, Math.max(0, offset), size, offset / size);
    }

    private ComplaintSearchResult range(ComplaintSearchQuery query, int offset, int pageSize, int pageNumber) {
        String notice = null;
        String text = clean(query.text());
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
            notice = "The query was shortened to its first " + MAX_QUERY_LENGTH + " characters.";
        }
        String words = text;
        SearchSession session = Search.session(entityManager);
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        FACET_FIELDS.keySet().stream().sorted().forEach(name -> keys.put(name, AggregationKey.of(name)));

        var step = session.search(Complaint.class)
                .select(f -> f.composite().from(
                        f.field(ComplaintIndex.CASE_NUMBER, String.class),
                        f.field(ComplaintIndex.EXTERNAL_ID, String.class),
                        f.field(ComplaintIndex.RECEIVED_AT, LocalDate.class),
                        f.field(ComplaintIndex.MERCHANT_NAME, String.class),
                        f.field(ComplaintIndex.PLATFORM, String.class),
                        f.field(ComplaintIndex.CATEGORY, Category.class),
                        f.field(ComplaintIndex.STATUS, ComplaintStatus.class),
                        f.field(ComplaintIndex.AMOUNT_CLAIMED, BigDecimal.class),
                        f.highlight("narrative_cjk").single(),
                        f.highlight("narrative_en").single()).asList(ComplaintSearch::toHit))
                .where(f -> {
                    var root = f.bool().must(words.isEmpty() ? f.matchAll().toPredicate() : textPredicate(f, words));
                    addFilters(f, root, query);
                    return root;
                })
                .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(120).numberOfFragments(1).noMatchSize(120));
        keys.forEach((name, key) -> step.aggregation(key, f -> f.terms()
                .field(FACET_FIELDS.get(name), String.class, ValueModel.INDEX).maxTermCount(50)));
        switch (query.sort() == null ? ComplaintSearchQuery.Sort.RELEVANCE : query.sort()) {
            case NEWEST -> step.sort(f -> f.field(ComplaintIndex.RECEIVED_AT).desc().then().field(ComplaintIndex.CASE_NUMBER).desc());
            case OLDEST -> step.sort(f -> f.field(ComplaintIndex.RECEIVED_AT).asc().then().field(ComplaintIndex.CASE_NUMBER).asc());
            case AMOUNT_DESC -> step.sort(f -> f.field(ComplaintIndex.AMOUNT_CLAIMED).desc().then().field(ComplaintIndex.CASE_NUMBER).desc());
            case AMOUNT_ASC -> step.sort(f -> f.field(ComplaintIndex.AMOUNT_CLAIMED).asc().then().field(ComplaintIndex.CASE_NUMBER).asc());
            case RELEVANCE -> step.sort(f -> words.isEmpty()
                    ? f.field(ComplaintIndex.RECEIVED_AT).desc().then().field(ComplaintIndex.CASE_NUMBER).desc()
                    : f.score().then().field(ComplaintIndex.RECEIVED_AT).desc());
        }
        // Counting every hit exactly costs as much as a second search on large result sets; the status facet
        // counts them anyway (every complaint has exactly one status), so the exact total comes from there.
        step.totalHitCountThreshold(1_000);
        SearchResult<ComplaintHit> result = step.fetch(offset, pageSize);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((name, key) -> facets.put(name, result.aggregation(key)));
        long total = result.total().isHitCountExact() ? result.total().hitCount()
                : facets.get("status").values().stream().mapToLong(Long::longValue).sum();
        return new ComplaintSearchResult(total, pageNumber, pageSize, result.hits(), facets, notice);
    }

    private static SearchPredicate textPredicate(
            SearchPredicateFactory f, String words) {
        var anyOf = f.bool();
        String reference = words.trim();
        if (CASE_NUMBER.matcher(reference).matches()) {
            return f.match().field(ComplaintIndex.CASE_NUMBER).matching(reference.toUpperCase()).toPredicate();
        }
        if (REFERENCE.matcher(reference).matches()) {
            anyOf.should(f.match().fields(ComplaintIndex.ORDER_NUMBER, ComplaintIndex.PLATFORM_TICKET).matching(reference.toLowerCase()));
            anyOf.should(f.match().field(ComplaintIndex.EXTERNAL_ID).matching(reference));
            anyOf.should(f.match().field(ComplaintIndex.PHONE).matching(reference.replaceAll("[\\s\\-]", "")));
        }
        anyOf.should(f.simpleQueryString().fields(ComplaintIndex.NARRATIVE_CJK, ComplaintIndex.NARRATIVE_EN)
                .matching(words).defaultOperator(BooleanOperator.AND));
        return anyOf.toPredicate();
    }

    private static void addFilters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root,
                                   ComplaintSearchQuery q) {
        if (q.merchantId() != null) {
            root.filter(f.match().field(ComplaintIndex.MERCHANT_ID).matching(q.merchantId()));
        }
        terms(f, root, ComplaintIndex.PLATFORM, q.platforms());
        terms(f, root, ComplaintIndex.CATEGORY, q.categories());
        terms(f, root, ComplaintIndex.STATUS, q.statuses());
        terms(f, root, ComplaintIndex.PAYMENT_METHOD, q.paymentMethods());
        terms(f, root, ComplaintIndex.PROVINCE, q.provinces());
        if (q.from() != null || q.to() != null) {
            root.filter(f.range().field(ComplaintIndex.RECEIVED_AT).between(q.from(), q.to()));
        }
        if (q.minAmount() != null || q.maxAmount() != null) {
            root.filter(f.range().field(ComplaintIndex.AMOUNT_CLAIMED).between(q.minAmount(), q.maxAmount()));
        }
    }

    private static void terms(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root, String field,
                              Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            root.filter(f.terms().field(field).matchingAny(new ArrayList<>(values)));
        }
    }

    private static ComplaintHit toHit(List<?> v) {
        String chinese = (String) v.get(8);
        String english = (String) v.get(9);
        String snippet = english != null && english.contains("<mark>") && (chinese == null || !chinese.contains("<mark>"))
                ? english : chinese;
        return new ComplaintHit((String) v.get(0), (String) v.get(1), (LocalDate) v.get(2), (String) v.get(3),
                (String) v.get(4), (Category) v.get(5), (ComplaintStatus) v.get(6), (BigDecimal) v.get(7),
                SafeSnippet.of(snippet));
    }

    /** Drops control characters; keeps everything a person may type, including emoji and Lucene syntax. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
