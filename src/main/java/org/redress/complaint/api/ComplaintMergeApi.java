package org.redress.complaint.api;

import java.util.List;
import java.util.Map;
import org.redress.complaint.CaseMerging;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.MergeRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Merging duplicates into a surviving case and undoing it. The merge body: {duplicates:[caseNumber...]}, optionally
 * keepAmountFrom (a case number), acrossMerchants (true to confirm) with reason, expectedVersions {caseNumber: n}.
 */
@RestController
class ComplaintMergeApi {

    private final CaseMerging merging;

    ComplaintMergeApi(CaseMerging merging) {
        this.merging = merging;
    }

    record MergeBody(List<String> duplicates, String keepAmountFrom, Boolean acrossMerchants, String reason,
                     Map<String, Long> expectedVersions) {
    }

    @PostMapping("/api/v1/complaints/{caseNumber}/merge")
    ComplaintDetails merge(@PathVariable String caseNumber, @RequestBody MergeBody body) {
        return merging.merge(caseNumber, new MergeRequest(body.duplicates(), body.keepAmountFrom(),
                Boolean.TRUE.equals(body.acrossMerchants()), body.reason(),
                body.expectedVersions() == null ? Map.of() : body.expectedVersions()));
    }

    @PostMapping("/api/v1/complaints/{caseNumber}/unmerge")
    ComplaintDetails unmerge(@PathVariable String caseNumber) {
        return merging.unmerge(caseNumber);
    }
}
