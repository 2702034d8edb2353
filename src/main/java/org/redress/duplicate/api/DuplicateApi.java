package org.redress.duplicate.api;

import java.util.List;
import org.redress.duplicate.DuplicateCandidate;
import org.redress.duplicate.DuplicateScan;
import org.redress.duplicate.DuplicateService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Likely duplicates of a case, and the background duplicate pass. Case workers only (from the services). */
@RestController
class DuplicateApi {

    private final DuplicateService duplicates;
    private final DuplicateScan scan;

    DuplicateApi(DuplicateService duplicates, DuplicateScan scan) {
        this.duplicates = duplicates;
        this.scan = scan;
    }

    @GetMapping("/api/v1/complaints/{caseNumber}/duplicates")
    List<DuplicateCandidate> duplicates(@PathVariable String caseNumber) {
        return duplicates.candidates(caseNumber);
    }

    @PostMapping("/api/v1/duplicates/scan")
    ResponseEntity<DuplicateScan.Progress> startScan() {
        return ResponseEntity.accepted().body(scan.start());
    }

    @GetMapping("/api/v1/duplicates/scan")
    DuplicateScan.Progress scanProgress() {
        return scan.progress();
    }
}
