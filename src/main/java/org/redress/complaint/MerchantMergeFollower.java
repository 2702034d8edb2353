package org.redress.complaint;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.merchant.Merchant;
import org.redress.merchant.MerchantMergeUndone;
import org.redress.merchant.MerchantsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves complaints when merchant records are merged or a merge is undone, in the same transaction as the merge.
 * Each complaint is loaded and changed (not bulk-updated) so that the search index and the case timeline follow.
 */
@Component
class MerchantMergeFollower {

    private final ComplaintRepository complaints;
    private final EntityManager entityManager;
    private final AuditService audit;

    MerchantMergeFollower(ComplaintRepository complaints, EntityManager entityManager, AuditService audit) {
        this.complaints = complaints;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMerged(MerchantsMerged event) {
        Merchant target = entityManager.getReference(Merchant.class, event.targetId());
        for (Complaint complaint : complaints.findByMerchantId(event.sourceId())) {
            complaint.setMerchant(target);
            entityManager.createNativeQuery("insert into complaint_merchant_move (merge_id, complaint_id) values (?, ?)")
                    .setParameter(1, event.mergeId()).setParameter(2, complaint.getId()).executeUpdate();
            audit.record(AuditSubject.COMPLAINT, complaint.getId(), complaint.getCaseNumber(), AuditAction.MERCHANT_MERGED,
                    "merchantId", event.sourceId().toString(), event.targetId().toString());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onUndone(MerchantMergeUndone event) {
        @SuppressWarnings("unchecked")
        List<Number> moved = entityManager.createNativeQuery(
                        "select complaint_id from complaint_merchant_move where merge_id = ?")
                .setParameter(1, event.mergeId()).getResultList();
        Merchant source = entityManager.getReference(Merchant.class, event.sourceId());
        for (Number id : moved) {
            complaints.findById(id.longValue())
                    .filter(complaint -> complaint.getMerchant().getId().equals(event.targetId()))
                    .ifPresent(complaint -> {
                        complaint.setMerchant(source);
                        audit.record(AuditSubject.COMPLAINT, complaint.getId(), complaint.getCaseNumber(),
                                AuditAction.MERCHANT_UNMERGED, "merchantId", event.targetId().toString(),
                                event.sourceId().toString());
                    });
        }
    }
}
