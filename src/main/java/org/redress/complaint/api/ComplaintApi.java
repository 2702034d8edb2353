package org.redress.complaint.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.TextRules;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintImport;
import org.redress.complaint.ComplaintIntake;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ImportResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The complaints API for partner systems: file one complaint, read one, import many from CSV. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintApi {

    private final ComplaintIntake intake;
    private final ComplaintService complaints;
    private final ComplaintImport importer;

    ComplaintApi(ComplaintIntake intake, ComplaintService complaints, ComplaintImport importer) {
        this.intake = intake;
        this.complaints = complaints;
        this.importer = importer;
    }

    /** Files one complaint given with the same field names as the CSV import. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintDetails> file(@RequestBody Map<String, Object> body) {
        ComplaintDetails created = intake.fileFromFields(body);
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + created.caseNumber())).body(created);
    }

    @GetMapping("/{caseNumber}")
    ComplaintDetails get(@PathVariable String caseNumber) {
        return complaints.get(caseNumber);
    }

    @GetMapping(params = "externalId")
    ComplaintDetails byExternalId(@RequestParam String externalId) {
        TextRules.require("externalId", externalId, 100, false);
        return complaints.findByExternalId(externalId)
                .orElseThrow(() -> new NotFoundException("error.complaint.noComplaintExternalid", externalId));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ImportResult importCsv(InputStream body) {
        return importer.importCsv(body);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importCsvFile(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException(Map.of("file", Message.of("error.complaint.uploadedFileEmpty")));
        }
        try (InputStream in = file.getInputStream()) {
            return importer.importCsv(in);
        }
    }
}
