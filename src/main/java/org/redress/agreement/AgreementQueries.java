package org.redress.agreement;

import java.util.List;
import java.util.stream.Stream;
import org.redress.base.Roles;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading agreements: of a case or a dispute, one, its saved versions, its PDF and its canonical text. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_WORKERS)
public class AgreementQueries {

    private final AgreementRepository agreements;
    private final AgreementRevisionRepository revisions;
    private final ComplaintService complaints;
    private final AgreementMapper mapper;
    private final AgreementPdf pdf;

    AgreementQueries(AgreementRepository agreements, AgreementRevisionRepository revisions,
                     ComplaintService complaints, AgreementMapper mapper, AgreementPdf pdf) {
        this.agreements = agreements;
        this.revisions = revisions;
        this.complaints = complaints;
        this.mapper = mapper;
        this.pdf = pdf;
    }

    /**
     * Agreements of a complaint, newest first, then the collective agreements of its class that owe its consumer a
     * share: each member's share is tracked on the member's own case too.
     */
    public List<AgreementDetails> ofCase(String caseNumber) {
        ComplaintDetails c = complaints.get(caseNumber);
        return Stream.concat(agreements.findByComplaintIdOrderByIdDesc(c.id()).stream(),
                agreements.owingMember(c.caseNumber()).stream()).map(mapper::details).toList();
    }

    /** Agreements of a class dispute, newest first. */
    public List<AgreementDetails> ofDispute(long disputeId) {
        return agreements.findByDisputeIdOrderByIdDesc(disputeId).stream().map(mapper::details).toList();
    }

    public AgreementDetails get(long id) {
        return mapper.details(agreements.require(id));
    }

    /** Every saved version of the draft's canonical text, oldest first, for comparing versions. */
    public List<String> versions(long id) {
        agreements.require(id);
        return revisions.findByAgreementIdOrderByRevision(id).stream().map(AgreementRevision::getContent).toList();
    }

    /** Every saved version as readable lines, oldest first, for the version comparison in the portal. */
    public List<AgreementVersion> versionTexts(long id) {
        agreements.require(id);
        return revisions.findByAgreementIdOrderByRevision(id).stream().map(r -> new AgreementVersion(r.getRevision(),
                r.getSavedBy(), r.getSavedAt(), CanonicalContent.readableLines(r.getContent()))).toList();
    }

    /** The agreement as a PDF; fails with a clear message when no Chinese font is installed. */
    public byte[] pdf(long id) {
        return pdf.render(mapper.details(agreements.require(id)));
    }

    /** The canonical text the stored hash was computed from, so anyone can check it. */
    public String canonicalContent(long id) {
        return CanonicalContent.of(agreements.require(id));
    }
}
