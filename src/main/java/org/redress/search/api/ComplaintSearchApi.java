package org.redress.search.api;

import java.util.List;
import java.util.stream.Collectors;
import org.redress.base.SearchParameters;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.search.ComplaintSearch;
import org.redress.search.ComplaintSearchQuery;
import org.redress.search.ComplaintSearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over complaints for partner systems; the same search as the portal's search view. */
@RestController
class ComplaintSearchApi {

    private final ComplaintSearch search;
    private final MerchantService merchants;

    ComplaintSearchApi(ComplaintSearch search, MerchantService merchants) {
        this.search = search;
        this.merchants = merchants;
    }

    @GetMapping("/api/v1/complaints/search")
    ComplaintSearchResult search(@RequestParam(required = false) String q,
                                 @RequestParam(required = false) String merchant,
                                 @RequestParam(required = false) List<String> platform,
                                 @RequestParam(required = false) List<String> category,
                                 @RequestParam(required = false) List<String> status,
                                 @RequestParam(required = false) List<String> paymentMethod,
                                 @RequestParam(required = false) List<String> province,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String minAmount,
                                 @RequestParam(required = false) String maxAmount,
                                 @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) String page,
                                 @RequestParam(required = false) String size) {
        SearchParameters p = new SearchParameters();
        ComplaintSearchQuery query = new ComplaintSearchQuery(p.text("q", q), null,
                p.strings("platform", platform).stream().map(String::toUpperCase)
                        .collect(Collectors.toSet()),
                p.constants("category", category, Category.class),
                p.constants("status", status, ComplaintStatus.class),
                p.constants("paymentMethod", paymentMethod, PaymentMethod.class),
                p.strings("province", province), p.date("from", from), p.date("to", to),
                p.amount("minAmount", minAmount), p.amount("maxAmount", maxAmount), p.value("sort", sort,
                ComplaintSearchQuery.Sort::parse, ComplaintSearchQuery.Sort.RELEVANCE));
        int pageNumber = p.number("page", page, 0, 0, 100_000);
        int pageSize = p.number("size", size, 20, 1, ComplaintSearch.MAX_PAGE_SIZE);
        p.text("merchant", merchant);
        p.check();
        if (merchant != null && !merchant.isBlank()) {
            // An unknown merchant has no complaints: an empty result, not an error.
            Long merchantId = merchants.findByIdOrName(merchant).map(MerchantSummary::id).orElse(-1L);
            query = new ComplaintSearchQuery(query.text(), merchantId, query.platforms(), query.categories(),
                    query.statuses(), query.paymentMethods(), query.provinces(), query.from(), query.to(),
                    query.minAmount(), query.maxAmount(), query.sort());
        }
        return search.search(query, pageNumber, pageSize);
    }
}
