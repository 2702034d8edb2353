package org.redress.complaint;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.TextRules;
import org.redress.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence files on a case: upload with size and type limits, listing, and download for case workers. */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class EvidenceService {

    /** File endings accepted, with the content type each is served as. */
    static final Map<String, String> ALLOWED_TYPES = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif", "webp", "image/webp",
            "pdf", "application/pdf", "txt", "text/plain", "csv", "text/csv", "mp3", "audio/mpeg", "mp4", "video/mp4");

    /** A stored file ready for download. */
    public record EvidenceFile(String originalName, String contentType, long size, Path path) {
    }

    private final ComplaintService complaints;
    // The respondent's path reads the case directly: ComplaintService admits case workers only.
    private final ComplaintRepository complaintRecords;
    private final EvidenceRepository evidence;
    private final EvidenceStorage storage;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final long maxBytes;

    EvidenceService(ComplaintService complaints, ComplaintRepository complaintRecords, EvidenceRepository evidence, EvidenceStorage storage,
                    AuditService audit, CurrentUser currentUser, Clock clock, @Value("${redress.evidence.max-bytes:20971520}") long maxBytes) {
        this.complaints = complaints;
        this.complaintRecords = complaintRecords;
        this.evidence = evidence;
        this.storage = storage;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @PreAuthorize(Roles.CASE_WORKERS + " or " + Roles.RESPONDENTS)
    public long maxBytes() {
        return maxBytes;
    }

    static final int FILE_NAME_MAX = 255;

    /** The last part of what a browser or client sent as the file's name: never a path, possibly empty. */
    static String fileNameOf(String sent) {
        if (sent == null) {
            return "";
        }
        String name = sent.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    public static Set<String> allowedExtensions() {
        return ALLOWED_TYPES.keySet();
    }

    public EvidenceItem add(String caseNumber, EvidenceType type, String originalName, InputStream content) {
        return store(() -> complaints.load(caseNumber), type, originalName, content);
    }

    /**
     * A file a respondent attaches to its answer, kept on the case as {@link EvidenceType#RESPONDENT_REPLY}. The
     * respondent module has checked that the case was referred to the respondent's organisation.
     */
    @PreAuthorize(Roles.RESPONDENTS)
    public EvidenceItem addFromRespondent(long complaintId, String originalName, InputStream content) {
        return store(() -> complaintRecords.findById(complaintId)
                .orElseThrow(() -> new NotFoundException("error.complaint.noCase", complaintId)),
                EvidenceType.RESPONDENT_REPLY, originalName, content);
    }

    private EvidenceItem store(Supplier<Complaint> caseOf, EvidenceType type, String originalName,
                               InputStream content) {
        if (type == null) {
            throw new BusinessRuleException("error.complaint.chooseWhatKindEvidence");
        }
        String name = fileNameOf(originalName);
        TextRules.require("fileName", name, FILE_NAME_MAX, false);
        String contentType = ALLOWED_TYPES.get(extension(name));
        if (name.isBlank()) {
            throw new InvalidInputException(Map.of("fileName", Message.of("error.complaint.fileHasNoName")));
        }
        if (contentType == null) {
            throw new BusinessRuleException("error.complaint.filesTypeNotAccepted", String.join(", ",
                    ALLOWED_TYPES.keySet().stream().sorted().toList()));
        }
        Complaint complaint = caseOf.get();
        EvidenceStorage.StoredFile stored;
        try {
            stored = storage.store(content, maxBytes);
        } catch (EvidenceStorage.TooLargeException e) {
            throw new BusinessRuleException("error.complaint.fileTooLarge", e.maxMegabytes);
        }
        if (stored.size() == 0) {
            throw new BusinessRuleException("error.complaint.fileEmpty");
        }
        Evidence item = evidence.save(new Evidence(complaint, type, name, contentType, stored.size(), stored.sha256(),
                clock.instant(), currentUser.usernameOrSystem()));
        audit.record(AuditSubject.COMPLAINT, complaint.getId(), complaint.getCaseNumber(), AuditAction.EVIDENCE_ADDED, "evidence",
                null, type + ": " + name + " (sha256 " + stored.sha256() + ")");
        return item.toItem();
    }

    @Transactional(readOnly = true)
    public List<EvidenceItem> list(String caseNumber) {
        Complaint complaint = complaints.load(caseNumber);
        return evidence.findByComplaintIdOrderByUploadedAtAsc(complaint.getId()).stream().map(Evidence::toItem).toList();
    }

    @Transactional(readOnly = true)
    public EvidenceFile open(Long evidenceId) {
        Evidence item = evidence.findById(evidenceId)
                .orElseThrow(() -> new NotFoundException("error.complaint.noEvidence", evidenceId));
        Path path = storage.pathOf(item.getSha256());
        if (!Files.exists(path)) {
            throw new NotFoundException("error.complaint.storedFileEvidenceMissing", evidenceId);
        }
        EvidenceItem view = item.toItem();
        return new EvidenceFile(view.originalName(), view.contentType(), view.sizeBytes(), path);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
