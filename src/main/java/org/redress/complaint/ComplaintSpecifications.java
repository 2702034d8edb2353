package org.redress.complaint;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link ComplaintFilter} into a JPA query restriction. */
final class ComplaintSpecifications {

    private ComplaintSpecifications() {
    }

    static Specification<Complaint> matching(ComplaintFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                predicates.add(root.get("status").in(filter.statuses()));
            }
            if (filter.platform() != null && !filter.platform().isBlank()) {
                predicates.add(cb.equal(root.get("platform").get("code"), filter.platform()));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.merchantId() != null) {
                predicates.add(cb.equal(root.get("merchant").get("id"), filter.merchantId()));
            }
            if (filter.receivedFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), filter.receivedFrom()));
            }
            if (filter.receivedTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("receivedAt"), filter.receivedTo()));
            }
            if (filter.assignee() != null && !filter.assignee().isBlank()) {
                predicates.add(cb.equal(root.get("assignee"), filter.assignee()));
            }
            if (filter.overdueOnly()) {
                predicates.add(cb.lessThan(root.get("deadlines").get("deadlineOn"), today));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String text = filter.text().trim();
                String like = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.equal(root.get("caseNumber"), text.toUpperCase()),
                        cb.equal(root.get("orderNumber"), text),
                        cb.equal(root.get("platformTicket"), text),
                        cb.equal(root.get("externalId"), text),
                        cb.equal(root.get("consumer").get("phone"), text),
                        cb.like(cb.lower(root.get("consumer").get("name")), like, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
